//! One explanation line per task: how it counted and what it earned, in Vietnamese and
//! English, so a person can check every line of their task-results points and dispute one.

use super::explain::{Line, dmy, iso};
use super::facts::{Counting, TaskFact};
use super::ruleset::TaskResultsRule;

impl TaskFact {
    /// The line for this task. The page shows it beside the task's title (joined by `task_id`).
    pub fn explain(&self, rule: &TaskResultsRule) -> Line {
        let mut line = Line::new("", "");
        if let Some(r) = self.recurrence {
            line.push(Line::new(format!("[{}]", r.label_vi()), format!("[{}]", r.label_en())));
        }
        line.push(self.deadline());
        match self.counting {
            Counting::Cancelled => {
                let (vi, en) = self.cancelled_on.map_or((String::new(), String::new()), |d| {
                    (format!(" ngày {}", dmy(d)), format!(" on {}", iso(d)))
                });
                line.push(Line::new(
                    format!("Đã hủy{vi}: không tính."),
                    format!("Cancelled{en}: not counted."),
                ));
            }
            Counting::CompletedBefore => {
                let (vi, en) = self.completed_on.map_or((String::new(), String::new()), |d| {
                    (format!(" ngày {}", dmy(d)), format!(" on {}", iso(d)))
                });
                line.push(Line::new(
                    format!("Đã hoàn thành{vi}, trước kỳ: không tính."),
                    format!("Completed{en}, before the period: not counted."),
                ));
            }
            Counting::DueLater => line.push(Line::new(
                "Đến hạn sau kỳ và chưa hoàn thành trong kỳ: chưa tính.",
                "Due after the period and not completed in it: not counted yet.",
            )),
            Counting::OpenEnded => line.push(Line::new(
                "Không có hạn và chưa hoàn thành trong kỳ: không tính.",
                "Open-ended and not completed in the period: not counted.",
            )),
            Counting::WaivedOpen => line.push(Line::new(
                "Chưa hoàn thành, có nguyên nhân khách quan được đơn vị giao việc xác nhận: không tính vào kỳ này.",
                "Not completed, with an objective cause confirmed by the assigning unit: left out of this period.",
            )),
            Counting::DueInPeriod | Counting::CarriedOver | Counting::CompletedInPeriod => {
                line.push(Line::new(
                    format!("{}.", self.counting.label_vi()),
                    format!("{}.", self.counting.label_en()),
                ));
                line.push(self.outcome(rule));
            }
        }
        line
    }

    fn deadline(&self) -> Line {
        let due = match (self.due_on, self.original_due_on) {
            (Some(due), Some(orig)) if orig != due => Line::new(
                format!("Hạn {} (ban đầu {}, đã gia hạn)", dmy(due), dmy(orig)),
                format!("Due {} (originally {}, extended)", iso(due), iso(orig)),
            ),
            (Some(due), _) => Line::new(format!("Hạn {}", dmy(due)), format!("Due {}", iso(due))),
            (None, _) => Line::new("Không có hạn", "No due date"),
        };
        Line::new(
            format!("{}, hệ số {}.", due.vi, self.weight.vi()),
            format!("{}, factor {}.", due.en, self.weight.en()),
        )
    }

    fn outcome(&self, rule: &TaskResultsRule) -> Line {
        let mut line = Line::new("", "");
        match self.completed_on.filter(|_| self.completed) {
            None => {
                let (vi, en) = if self.days_late > 0 {
                    (
                        format!(" (quá hạn {} ngày)", self.days_late),
                        format!(" ({} days overdue)", self.days_late),
                    )
                } else {
                    (String::new(), String::new())
                };
                line.push(Line::new(
                    format!("Chưa hoàn thành đến hết kỳ{vi}: không được tính điểm."),
                    format!("Not completed by the period's end{en}: no points."),
                ));
            }
            Some(done) => {
                if self.days_late > 0 {
                    line.push(Line::new(
                        format!("Hoàn thành {}, chậm {} ngày.", dmy(done), self.days_late),
                        format!("Completed {}, {} days late.", iso(done), self.days_late),
                    ));
                } else if self.delays > 0 {
                    line.push(Line::new(
                        format!("Hoàn thành {}, trong hạn đã gia hạn nhưng sau hạn ban đầu.", dmy(done)),
                        format!(
                            "Completed {}, within the extension but after the original due date.",
                            iso(done)
                        ),
                    ));
                } else {
                    line.push(Line::new(
                        format!("Hoàn thành {}, đúng hạn.", dmy(done)),
                        format!("Completed {}, on time.", iso(done)),
                    ));
                }
                if self.delays > 0 {
                    line.push(Line::new(
                        format!(
                            "{} lần chậm tiến độ, mỗi lần trừ {} % phần tiến độ.",
                            self.delays,
                            rule.timeliness_deduction.vi()
                        ),
                        format!(
                            "{} delay(s), each deducting {} % of the timeliness part.",
                            self.delays,
                            rule.timeliness_deduction.en()
                        ),
                    ));
                }
                if self.quality_failures > 0 {
                    line.push(Line::new(
                        format!(
                            "{} lần đánh giá chưa đạt chất lượng, mỗi lần trừ {} % phần chất lượng.",
                            self.quality_failures,
                            rule.quality_deduction.vi()
                        ),
                        format!(
                            "{} failed quality check(s), each deducting {} % of the quality part.",
                            self.quality_failures,
                            rule.quality_deduction.en()
                        ),
                    ));
                }
                if self.waiver_applied {
                    line.push(Line::new(
                        "Có nguyên nhân khách quan được đơn vị giao việc xác nhận: không trừ điểm.",
                        "Objective cause confirmed by the assigning unit: no deduction.",
                    ));
                }
                if self.exceeded {
                    line.push(Line::new("Hoàn thành vượt mức yêu cầu.", "Exceeded the requirements."));
                }
            }
        }
        line.push(Line::new(
            format!(
                "Số lượng {} %, chất lượng {} %, tiến độ {} % → {}/{} điểm.",
                self.quantity.vi(),
                self.quality.vi(),
                self.timeliness.vi(),
                self.earned.vi(),
                self.possible.vi()
            ),
            format!(
                "Quantity {} %, quality {} %, timeliness {} % → {}/{} points.",
                self.quantity.en(),
                self.quality.en(),
                self.timeliness.en(),
                self.earned.en(),
                self.possible.en()
            ),
        ));
        line
    }
}
