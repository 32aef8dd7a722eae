//! Progress of a long build on stderr: articles done, rate and time left.

use std::io::{self, IsTerminal, Write};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Progress on stderr, redrawn in place at most ten times a second, only when stderr is a
/// terminal (a log file gets no carriage returns) and the run lasts long enough to need it.
pub(super) struct Progress {
    total: usize,
    started: Instant,
    enabled: bool,
    /// When the line was last drawn, `None` before the first time.
    drawn: Mutex<Option<Instant>>,
}

impl Progress {
    const INTERVAL: Duration = Duration::from_millis(100);
    /// Short runs finish before this and show only the summary.
    const DELAY: Duration = Duration::from_millis(300);

    pub(super) fn new(total: usize, wanted: bool) -> Progress {
        Progress {
            total,
            started: Instant::now(),
            enabled: wanted && io::stderr().is_terminal(),
            drawn: Mutex::new(None),
        }
    }

    pub(super) fn update(&self, done: usize) {
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        let elapsed = now - self.started;
        if elapsed < Self::DELAY {
            return;
        }
        let mut drawn = self.drawn.lock().unwrap_or_else(|e| e.into_inner());
        if drawn.is_some_and(|at| now - at < Self::INTERVAL) {
            return;
        }
        *drawn = Some(now);
        let rate = done as f64 / elapsed.as_secs_f64();
        let left = if rate > 0.0 {
            format_duration((self.total - done.min(self.total)) as f64 / rate)
        } else {
            "?".to_string()
        };
        let mut err = io::stderr().lock();
        let _ = write!(
            err,
            "\r\x1b[Kactorgraph: {done}/{} articles, {rate:.0}/s, {left} left",
            self.total
        );
        let _ = err.flush();
    }

    pub(super) fn finish(&self) {
        let drawn = self.drawn.lock().unwrap_or_else(|e| e.into_inner());
        if drawn.is_some() {
            let mut err = io::stderr().lock();
            let _ = write!(err, "\r\x1b[K");
            let _ = err.flush();
        }
    }
}

/// `75.4` -> `1:15`.
fn format_duration(seconds: f64) -> String {
    let s = seconds.round() as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        let rows = [
            (0.0, "0:00"),
            (59.6, "1:00"),
            (75.4, "1:15"),
            (3725.0, "1:02:05"),
        ];
        for (seconds, text) in rows {
            assert_eq!(format_duration(seconds), text);
        }
    }
}
