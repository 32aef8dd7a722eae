//! Atomic file writes: a temporary file in the target's folder, renamed into place.

use std::collections::BTreeSet;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use crate::error::{Error, Result};

/// Writes a file atomically: `fill` writes the content into a temporary file in the same
/// folder as `path`, which is then renamed to `path`.
///
/// Readers see either the old file or the complete new one, never a partial one; when `fill`
/// or the rename fails, the temporary file is removed and `path` is untouched. The rename is
/// atomic because both names are in one folder (one file system). The new file gets mode 0644
/// less the umask on Unix, as a file created by `fs::write` would, not the 0600 of a
/// temporary file. The data is not fsynced: this guards against failed runs, not power loss.
///
/// # Errors
///
/// [`Error::Write`] naming `path`.
pub fn write_atomic(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let mut file = AtomicFile::create(path)?;
    fill(&mut file).map_err(|source| Error::Write {
        path: path.to_path_buf(),
        source,
    })?;
    file.commit()
}

/// A file written in pieces over a long run (the evidence table of a build), atomically as
/// [`write_atomic`] writes: the bytes go to a temporary file in the target's folder, which
/// [`commit`](AtomicFile::commit) renames to the target. Dropped without a commit (an
/// error, a panic), the temporary file is removed and the target is untouched.
pub struct AtomicFile {
    path: PathBuf,
    out: BufWriter<tempfile::NamedTempFile>,
    /// Lists the temporary file for [`remove_pending`] until the file is committed or
    /// dropped.
    _pending: Pending,
}

/// The temporary files of atomic writes not yet renamed into place: an interrupted process
/// removes them ([`remove_pending`]) since it exits without running destructors.
static PENDING: Mutex<BTreeSet<PathBuf>> = Mutex::new(BTreeSet::new());

/// The set of pending temporary files, usable after a panic elsewhere.
fn pending() -> MutexGuard<'static, BTreeSet<PathBuf>> {
    PENDING.lock().unwrap_or_else(|e| e.into_inner())
}

/// One temporary file listed in [`PENDING`] while this lives.
struct Pending(PathBuf);

impl Pending {
    fn new(path: &Path) -> Pending {
        pending().insert(path.to_path_buf());
        Pending(path.to_path_buf())
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        pending().remove(&self.0);
    }
}

/// Removes every temporary file of an atomic write in progress (see
/// [`super::interrupt`]).
pub(super) fn remove_pending() {
    for path in std::mem::take(&mut *pending()) {
        let _ = std::fs::remove_file(path);
    }
}

impl AtomicFile {
    /// Starts writing `path`; its folder must exist.
    ///
    /// # Errors
    ///
    /// [`Error::Write`] naming `path` when the temporary file cannot be created.
    pub fn create(path: &Path) -> Result<AtomicFile> {
        let failed = |source| Error::Write {
            path: path.to_path_buf(),
            source,
        };
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        // Hidden and named after the target, so a leftover (a killed run) says what it was.
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".tmp");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o644));
        }
        let file = builder
            .tempfile_in(&dir)
            .map_err(|e| failed(without_temp_name(e)))?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            _pending: Pending::new(file.path()),
            out: BufWriter::with_capacity(1 << 16, file),
        })
    }

    /// The file this will become.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Flushes and renames the file into place.
    ///
    /// # Errors
    ///
    /// [`Error::Write`] naming the target; the temporary file is removed then.
    pub fn commit(self) -> Result<()> {
        let AtomicFile {
            path,
            out,
            _pending,
        } = self;
        let failed = |source| Error::Write {
            path: path.clone(),
            source,
        };
        let file = out.into_inner().map_err(|e| failed(e.into_error()))?;
        file.persist(&path)
            .map_err(|e| failed(without_temp_name(e.error)))?;
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.out.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// tempfile appends ` at path "<temporary name>"` to its errors; the user named `path`, not
/// the temporary file, and the error already names `path`.
fn without_temp_name(e: io::Error) -> io::Error {
    let message = match e.get_ref() {
        Some(inner) => inner.to_string(),
        None => return e,
    };
    match message.split_once(" at path ") {
        Some((head, _)) => io::Error::new(e.kind(), head.to_string()),
        None => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::names;
    use std::fs;

    #[test]
    fn replaces_the_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        fs::write(&path, "old").unwrap();
        write_atomic(&path, |w| w.write_all(b"new content")).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new content");
        assert_eq!(names(dir.path()), ["graph.json"]);
    }

    #[cfg(unix)]
    #[test]
    fn the_file_is_readable_by_others() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.dot");
        write_atomic(&path, |w| w.write_all(b"digraph {}")).unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o044, 0o044 & !umask(), "mode {mode:o}");
    }

    #[cfg(unix)]
    fn umask() -> u32 {
        // The process umask cannot be read without setting it; a plain file shows it.
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let probe = dir.path().join("probe");
        fs::write(&probe, "").unwrap();
        !fs::metadata(&probe).unwrap().permissions().mode() & 0o666
    }

    #[test]
    fn a_failing_writer_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        fs::write(&path, "old").unwrap();
        let e = write_atomic(&path, |w| {
            w.write_all(b"half")?;
            Err(io::Error::other("disk full"))
        })
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("{}: cannot write: disk full", path.display())
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(names(dir.path()), ["graph.json"]);
    }

    #[test]
    fn a_target_that_is_a_folder_is_an_error_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.svg");
        fs::create_dir(&path).unwrap();
        let e = write_atomic(&path, |w| w.write_all(b"<svg/>")).unwrap_err();
        assert!(matches!(e, Error::Write { .. }));
        assert_eq!(names(dir.path()), ["graph.svg"]);
        assert!(path.is_dir());
    }

    #[test]
    fn a_folder_under_a_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("file");
        fs::write(&file, "x").unwrap();
        let path = file.join("graph.json");
        let e = write_atomic(&path, |w| w.write_all(b"{}")).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!(
                "{}: cannot write: Not a directory (os error 20)",
                path.display()
            )
        );
    }
}
