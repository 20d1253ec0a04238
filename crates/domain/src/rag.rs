//! Red/amber/green assessment of a unit's tasks — the thresholds live here and only here.
//!
//! "Due" tasks are those whose deadline has arrived or that are done: completed (on time or
//! late) plus overdue. Tasks still within their deadline do not count against a unit.

/// Green needs at least this share (percent) of due tasks completed on time, and no overdue.
pub const GREEN_ON_TIME_MIN: f64 = 90.0;
/// Red from this share (percent) of overdue tasks among live (not cancelled) ones…
pub const RED_OVERDUE_SHARE_MIN: f64 = 10.0;
/// …or when fewer than this share (percent) of due tasks are completed.
pub const RED_COMPLETION_BELOW: f64 = 60.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rag {
    Green,
    Amber,
    Red,
    /// No live task: nothing to judge.
    None,
}

/// The task counts an assessment reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub total: i64,
    pub cancelled: i64,
    pub on_time: i64,
    pub late: i64,
    pub overdue: i64,
}

impl Rag {
    /// Every assessment, in the order a legend lists them.
    pub const ALL: [Rag; 4] = [Rag::Green, Rag::Amber, Rag::Red, Rag::None];

    pub fn assess(t: &Tally) -> Rag {
        let live = t.total - t.cancelled;
        if live <= 0 {
            return Rag::None;
        }
        let done = t.on_time + t.late;
        let due = done + t.overdue;
        let share = |n: i64, d: i64| if d > 0 { n as f64 * 100.0 / d as f64 } else { 100.0 };
        if t.overdue as f64 * 100.0 / live as f64 >= RED_OVERDUE_SHARE_MIN || share(done, due) < RED_COMPLETION_BELOW {
            Rag::Red
        } else if t.overdue == 0 && share(t.on_time, due) >= GREEN_ON_TIME_MIN {
            Rag::Green
        } else {
            Rag::Amber
        }
    }
}
