//! What the whole-process benchmarks (`build.rs`, `feed.rs`) share: running the binary as a
//! child process and reading its resource usage, and naming the machine.

use std::process::Command;
use std::time::{Duration, Instant};

/// What one run of the binary took.
pub struct Usage {
    /// Wall time.
    pub wall: Duration,
    /// Processor time of the child, user + system, all threads: the figure to read on a
    /// shared machine.
    pub cpu: Duration,
    /// Peak resident set size in KiB.
    pub max_rss_kib: i64,
}

/// Runs `command` to its end and measures it. A run that exits with other than 0 or 3
/// (built, but some inputs were skipped: still a full run) is an error.
pub fn measure(mut command: Command) -> Result<Usage, String> {
    let started = Instant::now();
    let child = command.spawn().map_err(|e| format!("{command:?}: {e}"))?;
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: rusage is plain data that wait4 fills in; zeroed is a valid value for it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // wait4 rather than Child::wait: it also returns the child's resource usage. The child
    // is reaped here, so `child` must not be waited on again (it is only dropped).
    // SAFETY: pid is our own unreaped child; both pointers are valid for the call.
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = started.elapsed();
    drop(child);
    if reaped != pid {
        return Err(format!("wait4: {}", std::io::Error::last_os_error()));
    }
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    if !matches!(code, Some(0) | Some(3)) {
        return Err(format!("actorgraph build failed (wait status {status})"));
    }
    let time = |t: libc::timeval| {
        Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
    };
    Ok(Usage {
        wall,
        cpu: time(usage.ru_utime) + time(usage.ru_stime),
        // ru_maxrss is in KiB on Linux.
        max_rss_kib: usage.ru_maxrss,
    })
}

/// The processor cores this process may use.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The processor's model name, from /proc/cpuinfo.
pub fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, model)| model.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".to_string())
}
