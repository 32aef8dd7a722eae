//! Progress of a long build on stderr: articles done, rate and time left, drawn by
//! `indicatif`.

use std::io::{self, IsTerminal};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};

/// Progress on stderr, redrawn in place at most ten times a second, only when stderr is a
/// terminal (a log file gets no carriage returns) and the run lasts long enough to need it;
/// cleared at the end.
pub(super) struct Progress {
    bar: ProgressBar,
}

impl Progress {
    /// Redraws per second.
    const RATE: u8 = 10;
    /// Short runs finish before this and show only the summary.
    const DELAY: Duration = Duration::from_millis(300);

    pub(super) fn new(total: usize, wanted: bool) -> Progress {
        let target = if wanted && io::stderr().is_terminal() {
            ProgressDrawTarget::stderr_with_hz(Self::RATE)
        } else {
            ProgressDrawTarget::hidden()
        };
        let style = ProgressStyle::with_template(
            "actorgraph: {pos}/{len} articles, {average_rate}, {left} left",
        )
        .expect("the template is valid")
        .with_key(
            "average_rate",
            |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0}/s", rate(state));
            },
        )
        .with_key(
            "left",
            |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                let rate = rate(state);
                let _ = if rate > 0.0 {
                    let left = state.len().unwrap_or(0).saturating_sub(state.pos());
                    w.write_str(&format_duration(left as f64 / rate))
                } else {
                    w.write_str("?")
                };
            },
        );
        let bar = ProgressBar::with_draw_target(Some(total as u64), target).with_style(style);
        Progress { bar }
    }

    /// `done` articles are extracted.
    pub(super) fn update(&self, done: usize) {
        if self.bar.elapsed() >= Self::DELAY {
            self.bar.set_position(done as u64);
        }
    }

    /// Clears the line, if it was drawn.
    pub(super) fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// Articles a second over the whole run so far (not indicatif's recent-rate estimate, which
/// swings with the length of the articles).
fn rate(state: &ProgressState) -> f64 {
    state.pos() as f64 / state.elapsed().as_secs_f64().max(f64::MIN_POSITIVE)
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
