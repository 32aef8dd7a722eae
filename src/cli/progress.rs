//! Progress of a long build on stderr: articles done, bytes read of the total, rate and time
//! left, drawn by `indicatif`.

use std::io::{self, IsTerminal};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};

/// Progress on stderr, redrawn in place at most ten times a second, only when stderr is a
/// terminal (a log file gets no carriage returns) and the run lasts long enough to need it;
/// cleared at the end.
///
/// Articles are counted as they are extracted; the bar's position is the bytes of input
/// read, since the number of articles in a feed is only known at its end. The time left is
/// estimated from the bytes left at the rate so far.
pub(super) struct Progress {
    bar: ProgressBar,
    articles: Arc<AtomicUsize>,
    bytes: Arc<AtomicU64>,
}

impl Progress {
    /// Redraws per second.
    const RATE: u8 = 10;
    /// Short runs finish before this and show only the summary.
    const DELAY: Duration = Duration::from_millis(300);

    /// Progress over `total` bytes of input (unknown for standard input), of which `bytes`
    /// counts those read.
    pub(super) fn new(total: Option<u64>, bytes: Arc<AtomicU64>, wanted: bool) -> Progress {
        let target = if wanted && io::stderr().is_terminal() {
            ProgressDrawTarget::stderr_with_hz(Self::RATE)
        } else {
            ProgressDrawTarget::hidden()
        };
        let template = if total.is_some() {
            "actorgraph: {articles} articles, {bytes} of {total_bytes}, {average_rate}, {left} left"
        } else {
            "actorgraph: {articles} articles, {bytes} read, {average_rate}"
        };
        let articles = Arc::new(AtomicUsize::new(0));
        let (count, rate_count) = (Arc::clone(&articles), Arc::clone(&articles));
        let style = ProgressStyle::with_template(template)
            .expect("the template is valid")
            .with_key(
                "articles",
                move |_: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{}", count.load(Ordering::Relaxed));
                },
            )
            .with_key(
                "average_rate",
                move |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let n = rate_count.load(Ordering::Relaxed) as f64;
                    let _ = write!(w, "{:.0} articles/s", n / seconds(state));
                },
            )
            .with_key(
                "left",
                |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let rate = state.pos() as f64 / seconds(state);
                    let _ = if rate > 0.0 {
                        let left = state.len().unwrap_or(0).saturating_sub(state.pos());
                        w.write_str(&format_duration(left as f64 / rate))
                    } else {
                        w.write_str("?")
                    };
                },
            );
        let bar = ProgressBar::with_draw_target(total, target).with_style(style);
        Progress {
            bar,
            articles,
            bytes,
        }
    }

    /// `done` articles are extracted.
    pub(super) fn update(&self, done: usize) {
        self.articles.fetch_max(done, Ordering::Relaxed);
        if self.bar.elapsed() >= Self::DELAY {
            self.bar.set_position(self.bytes.load(Ordering::Relaxed));
        }
    }

    /// Runs `f` (a warning) with the progress line hidden, so that they do not mix.
    pub(super) fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        self.bar.suspend(f)
    }

    /// Clears the line, if it was drawn.
    pub(super) fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

fn seconds(state: &ProgressState) -> f64 {
    state.elapsed().as_secs_f64().max(f64::MIN_POSITIVE)
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
