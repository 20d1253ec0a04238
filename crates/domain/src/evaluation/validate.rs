//! Validation of a rule set before it is stored or used: an administrator's clone is refused,
//! naming the field and the reason, when its levels overlap or leave gaps, its weights do not
//! sum to the frame, a quota lies outside 0–100 %, a checklist is empty, its dates are
//! reversed, and so on. Every computation takes a `Valid<RuleSet>` and relies on these facts.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::emulation::TitleCondition;
use super::fixed::{Percent, Points};
use super::level::Level;
use super::ruleset::{Criterion, DelayCount, RuleSet};
use super::year::YearAggregation;
use crate::{FieldError, Valid};

fn bad(field: &str, vi: impl Into<String>, en: impl Into<String>) -> FieldError {
    FieldError::invalid(field, vi, en)
}

fn percent(field: &str, p: Percent) -> Result<(), FieldError> {
    if p < Percent::ZERO || p > Percent::HUNDRED {
        return Err(bad(
            field,
            format!("Tỷ lệ phải từ 0 đến 100 % (đang là {} %).", p.vi()),
            format!("A percentage must be from 0 to 100 % (it is {} %).", p.en()),
        ));
    }
    Ok(())
}

fn text(field: &str, value: &str) -> Result<(), FieldError> {
    if value.trim().is_empty() {
        return Err(FieldError::required(field));
    }
    Ok(())
}

fn code(field: &str, value: &str) -> Result<(), FieldError> {
    text(field, value)?;
    if !value
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
    {
        return Err(bad(
            field,
            format!("Mã “{value}” chỉ gồm chữ thường không dấu, chữ số, “_” và “-”."),
            format!("Code “{value}” may contain only lower-case ASCII letters, digits, “_” and “-”."),
        ));
    }
    Ok(())
}

fn sum_matches(field: &str, what_vi: &str, what_en: &str, sum: Points, expected: Points) -> Result<(), FieldError> {
    if sum != expected {
        return Err(bad(
            field,
            format!("Tổng điểm {what_vi} là {}, phải bằng {}.", sum.vi(), expected.vi()),
            format!("The {what_en} sum to {}, they must sum to {}.", sum.en(), expected.en()),
        ));
    }
    Ok(())
}

impl RuleSet {
    /// Checks the whole rule set; the first fault is returned.
    pub fn validate(self) -> Result<Valid<RuleSet>, FieldError> {
        self.check_identity()?;
        self.check_frame()?;
        self.check_task_results()?;
        self.check_levels()?;
        self.check_disqualifiers_and_quotas()?;
        self.check_workflow_and_year()?;
        self.check_titles()?;
        self.check_ranking()?;
        Ok(Valid::new(self))
    }

    fn check_identity(&self) -> Result<(), FieldError> {
        code("family", &self.family)?;
        if self.version == 0 {
            return Err(bad("version", "Phiên bản bắt đầu từ 1.", "Versions start at 1."));
        }
        text("name_vi", &self.name_vi)?;
        text("name_en", &self.name_en)?;
        if self.legal_basis.is_empty() {
            return Err(FieldError::required("legal_basis"));
        }
        for (i, s) in self.legal_basis.iter().enumerate() {
            text(&format!("legal_basis[{i}].citation"), &s.citation)?;
            text(&format!("legal_basis[{i}].summary_vi"), &s.summary_vi)?;
        }
        if let Some(until) = self.effective_until
            && until < self.effective_from
        {
            return Err(bad(
                "effective_until",
                format!(
                    "Ngày hết hiệu lực {} trước ngày có hiệu lực {}.",
                    until.format("%d/%m/%Y"),
                    self.effective_from.format("%d/%m/%Y")
                ),
                format!("The end date {until} is before the start date {}.", self.effective_from),
            ));
        }
        if self.cycles.is_empty() {
            return Err(FieldError::required("cycles"));
        }
        for (i, c) in self.cycles.iter().enumerate() {
            if self.cycles[..i].contains(c) {
                return Err(bad(
                    &format!("cycles[{i}]"),
                    format!("Kỳ “{}” được khai báo hai lần.", c.label_vi()),
                    format!("Cycle “{}” is listed twice.", c.label_en()),
                ));
            }
        }
        Ok(())
    }

    fn check_frame(&self) -> Result<(), FieldError> {
        let f = self.frame;
        if f.total <= Points::ZERO {
            return Err(bad(
                "frame.total",
                "Thang điểm phải lớn hơn 0.",
                "The frame total must be above 0.",
            ));
        }
        for (field, p) in [
            ("frame.general", f.general),
            ("frame.task_results", f.task_results),
            ("frame.bonus", f.bonus),
        ] {
            if p < Points::ZERO {
                return Err(bad(field, "Điểm không được âm.", "Points cannot be negative."));
            }
        }
        if f.general + f.task_results + f.bonus != f.total {
            return Err(bad(
                "frame",
                format!(
                    "Tiêu chí chung {} + kết quả thực hiện nhiệm vụ {} + điểm thưởng {} phải bằng thang điểm {}.",
                    f.general.vi(),
                    f.task_results.vi(),
                    f.bonus.vi(),
                    f.total.vi()
                ),
                format!(
                    "General {} + task results {} + bonus {} must equal the total {}.",
                    f.general.en(),
                    f.task_results.en(),
                    f.bonus.en(),
                    f.total.en()
                ),
            ));
        }
        let mut codes = HashSet::new();
        check_checklist("criteria", &self.criteria, f.general, &mut codes)?;
        check_checklist("bonus_criteria", &self.bonus_criteria, f.bonus, &mut codes)?;
        Ok(())
    }

    fn check_task_results(&self) -> Result<(), FieldError> {
        let t = &self.task_results;
        if t.weights.sum() == 0 {
            return Err(bad(
                "task_results.weights",
                "Cần ít nhất một trọng số số lượng, chất lượng hoặc tiến độ lớn hơn 0.",
                "At least one of the quantity, quality and timeliness weights must be above 0.",
            ));
        }
        if t.weights.sum() > 1000 {
            return Err(bad(
                "task_results.weights",
                "Trọng số tương đối quá lớn (tổng tối đa 1000).",
                "Relative weights are too large (at most 1000 in total).",
            ));
        }
        percent("task_results.quality_deduction", t.quality_deduction)?;
        percent("task_results.timeliness_deduction", t.timeliness_deduction)?;
        if t.delay_count == DelayCount::PerStartedDays(0) {
            return Err(bad(
                "task_results.delay_count",
                "Số ngày của một lần chậm phải lớn hơn 0.",
                "The days per delay must be above 0.",
            ));
        }
        Ok(())
    }

    fn check_levels(&self) -> Result<(), FieldError> {
        if self.levels.len() != Level::ALL.len() {
            return Err(bad(
                "levels",
                format!("Cần đúng 4 mức xếp loại (đang có {}).", self.levels.len()),
                format!("Exactly 4 levels are needed ({} given).", self.levels.len()),
            ));
        }
        let mut bands: Vec<(usize, &super::ruleset::LevelBand)> = self.levels.iter().enumerate().collect();
        bands.sort_by_key(|(_, b)| b.min);
        for (pos, ((i, band), want)) in bands.iter().zip(Level::ASCENDING).enumerate() {
            let field = format!("levels[{i}]");
            if band.level != want {
                return Err(bad(
                    &format!("{field}.level"),
                    "Các mức xếp loại phải theo thứ tự điểm: không hoàn thành < hoàn thành < tốt < xuất sắc, mỗi mức một lần.",
                    "Levels must follow the points: unsatisfactory < satisfactory < good < excellent, each once.",
                ));
            }
            if pos == 0 && band.min != Points::ZERO {
                return Err(bad(
                    &format!("{field}.min"),
                    format!(
                        "Mức thấp nhất phải bắt đầu từ 0 điểm; từ 0 đến {} bị bỏ trống.",
                        band.min.vi()
                    ),
                    format!(
                        "The lowest level must start at 0; 0 to {} is not covered.",
                        band.min.en()
                    ),
                ));
            }
            match (band.below, bands.get(pos + 1)) {
                (Some(below), _) if below <= band.min => {
                    return Err(bad(
                        &format!("{field}.below"),
                        format!(
                            "Mức {}: cận trên {} không lớn hơn cận dưới {}.",
                            band.level.label_vi(),
                            below.vi(),
                            band.min.vi()
                        ),
                        format!(
                            "Level {}: upper bound {} is not above lower bound {}.",
                            band.level.label_en(),
                            below.en(),
                            band.min.en()
                        ),
                    ));
                }
                (Some(below), Some((_, next))) if below < next.min => {
                    return Err(bad(
                        &format!("{field}.below"),
                        format!(
                            "Các mức để trống khoảng từ {} đến dưới {} điểm (giữa {} và {}).",
                            below.vi(),
                            next.min.vi(),
                            band.level.label_vi(),
                            next.level.label_vi()
                        ),
                        format!(
                            "The levels leave a gap from {} to below {} points.",
                            below.en(),
                            next.min.en()
                        ),
                    ));
                }
                (Some(below), Some((_, next))) if below > next.min => {
                    return Err(bad(
                        &format!("{field}.below"),
                        format!(
                            "Mức {} (dưới {}) chồng lên mức {} (từ {}).",
                            band.level.label_vi(),
                            below.vi(),
                            next.level.label_vi(),
                            next.min.vi()
                        ),
                        format!(
                            "Level {} (below {}) overlaps level {} (from {}).",
                            band.level.label_en(),
                            below.en(),
                            next.level.label_en(),
                            next.min.en()
                        ),
                    ));
                }
                (None, Some(_)) => {
                    return Err(bad(
                        &format!("{field}.below"),
                        format!(
                            "Mức {} cần cận trên (chỉ mức cao nhất không có).",
                            band.level.label_vi()
                        ),
                        format!(
                            "Level {} needs an upper bound (only the top level has none).",
                            band.level.label_en()
                        ),
                    ));
                }
                (Some(_), None) => {
                    return Err(bad(
                        &format!("{field}.below"),
                        "Mức cao nhất không có cận trên (tính đến hết thang điểm).",
                        "The top level has no upper bound (it reaches the frame total).",
                    ));
                }
                _ => {}
            }
            if band.min > self.frame.total {
                return Err(bad(
                    &format!("{field}.min"),
                    format!("Cận dưới {} vượt thang điểm {}.", band.min.vi(), self.frame.total.vi()),
                    format!(
                        "Lower bound {} exceeds the frame total {}.",
                        band.min.en(),
                        self.frame.total.en()
                    ),
                ));
            }
            if band.level == Level::Unsatisfactory && !band.conditions.is_empty() {
                return Err(bad(
                    &format!("{field}.conditions"),
                    "Mức không hoàn thành nhiệm vụ không có điều kiện (mọi trường hợp đều xếp được).",
                    "The unsatisfactory level takes no condition (everyone can be rated at it).",
                ));
            }
            for (j, c) in band.conditions.iter().enumerate() {
                percent(&format!("{field}.conditions[{j}].percent"), c.percent)?;
            }
        }
        Ok(())
    }

    fn check_disqualifiers_and_quotas(&self) -> Result<(), FieldError> {
        for (i, d) in self.disqualifiers.iter().enumerate() {
            let field = format!("disqualifiers[{i}]");
            code(&format!("{field}.code"), &d.code)?;
            text(&format!("{field}.label_vi"), &d.label_vi)?;
            text(&format!("{field}.label_en"), &d.label_en)?;
            if self.disqualifiers[..i].iter().any(|e| e.code == d.code) {
                return Err(bad(
                    &format!("{field}.code"),
                    format!("Mã “{}” bị trùng.", d.code),
                    format!("Code “{}” is repeated.", d.code),
                ));
            }
            if d.caps_at == Level::Excellent {
                return Err(bad(
                    &format!("{field}.caps_at"),
                    "Giới hạn ở mức xuất sắc không hạn chế gì; chọn mức thấp hơn.",
                    "Capping at excellent limits nothing; choose a lower level.",
                ));
            }
        }
        for (i, q) in self.quotas.iter().enumerate() {
            let field = format!("quotas[{i}]");
            percent(&format!("{field}.max_percent"), q.max_percent)?;
            if let Some(p) = q.exceptional_max_percent {
                percent(&format!("{field}.exceptional_max_percent"), p)?;
                if p < q.max_percent {
                    return Err(bad(
                        &format!("{field}.exceptional_max_percent"),
                        "Tỷ lệ cho đơn vị đặc biệt xuất sắc không được thấp hơn tỷ lệ chung.",
                        "The exceptional cap cannot be below the general cap.",
                    ));
                }
            }
            if q.level == Level::Unsatisfactory {
                return Err(bad(
                    &format!("{field}.level"),
                    "Không đặt tỷ lệ cho mức không hoàn thành nhiệm vụ.",
                    "A quota cannot be set on the unsatisfactory level.",
                ));
            }
            if self.quotas[..i].iter().any(|o| o.level == q.level) {
                return Err(bad(
                    &format!("{field}.level"),
                    format!("Mức {} đã có tỷ lệ.", q.level.label_vi()),
                    format!("Level {} already has a quota.", q.level.label_en()),
                ));
            }
        }
        if let Some(l) = &self.leader {
            percent("leader.unit_share", l.unit_share)?;
            percent("leader.full_factor", l.full_factor)?;
            percent("leader.reduced_factor", l.reduced_factor)?;
            if l.reduced_factor > l.full_factor {
                return Err(bad(
                    "leader.reduced_factor",
                    "Hệ số khi có cá nhân dưới mức không được cao hơn hệ số đầy đủ.",
                    "The reduced factor cannot exceed the full factor.",
                ));
            }
        }
        Ok(())
    }

    fn check_workflow_and_year(&self) -> Result<(), FieldError> {
        let w = self.workflow;
        if w.self_assessment_days > w.review_days || w.review_days > w.decision_days {
            return Err(bad(
                "workflow",
                "Hạn tự đánh giá ≤ hạn nhận xét ≤ hạn quyết định.",
                "Self-assessment deadline ≤ review deadline ≤ decision deadline.",
            ));
        }
        if w.decision_days > 366 {
            return Err(bad(
                "workflow.decision_days",
                "Hạn quá dài (tối đa 366 ngày).",
                "Too long (at most 366 days).",
            ));
        }
        let y = &self.year;
        if NaiveDate::from_ymd_opt(2024, y.rated_by_month, y.rated_by_day).is_none() {
            return Err(bad(
                "year.rated_by_day",
                format!("Ngày {}/{} không hợp lệ.", y.rated_by_day, y.rated_by_month),
                format!("Day {}/{} is not a date.", y.rated_by_day, y.rated_by_month),
            ));
        }
        if y.aggregation == YearAggregation::LevelShare && y.level_share.is_empty() {
            return Err(FieldError::required("year.level_share"));
        }
        for (i, r) in y.level_share.iter().enumerate() {
            percent(&format!("year.level_share[{i}].min_percent"), r.min_percent)?;
            if i > 0 && r.level.at_least(y.level_share[i - 1].level) {
                return Err(bad(
                    &format!("year.level_share[{i}].level"),
                    "Các quy tắc xếp loại năm phải theo thứ tự từ mức cao xuống mức thấp.",
                    "Yearly share rules must go from the highest level down.",
                ));
            }
        }
        Ok(())
    }

    fn check_titles(&self) -> Result<(), FieldError> {
        for (i, t) in self.titles.iter().enumerate() {
            let field = format!("titles[{i}]");
            code(&format!("{field}.code"), &t.code)?;
            text(&format!("{field}.label_vi"), &t.label_vi)?;
            if self.titles[..i].iter().any(|o| o.code == t.code) {
                return Err(bad(
                    &format!("{field}.code"),
                    format!("Danh hiệu “{}” bị trùng.", t.code),
                    format!("Title “{}” is repeated.", t.code),
                ));
            }
            if t.requires.is_empty() {
                return Err(FieldError::required(&format!("{field}.requires")));
            }
            let earlier: Vec<&str> = self.titles[..i].iter().map(|o| o.code.as_str()).collect();
            for c in &t.requires {
                check_title_condition(&format!("{field}.requires"), c, &earlier)?;
            }
        }
        Ok(())
    }

    fn check_ranking(&self) -> Result<(), FieldError> {
        let r = &self.unit_ranking;
        if r.frame <= Points::ZERO {
            return Err(bad(
                "unit_ranking.frame",
                "Thang điểm phải lớn hơn 0.",
                "The frame must be above 0.",
            ));
        }
        if r.measures.is_empty() {
            return Err(FieldError::required("unit_ranking.measures"));
        }
        for (i, m) in r.measures.iter().enumerate() {
            if m.weight < Points::ZERO {
                return Err(bad(
                    &format!("unit_ranking.measures[{i}].weight"),
                    "Trọng số không được âm.",
                    "A weight cannot be negative.",
                ));
            }
            if r.measures[..i].iter().any(|o| o.measure == m.measure) {
                return Err(bad(
                    &format!("unit_ranking.measures[{i}].measure"),
                    format!("Tiêu chí “{}” bị trùng.", m.measure.label_vi()),
                    format!("Measure “{}” is repeated.", m.measure.label_en()),
                ));
            }
        }
        let sum: Points = r.measures.iter().map(|m| m.weight).sum();
        sum_matches(
            "unit_ranking.measures",
            "trọng số các tiêu chí",
            "measure weights",
            sum,
            r.frame,
        )?;
        for (i, p) in r.penalties.iter().enumerate() {
            if p.points_each < Points::ZERO || p.cap < Points::ZERO {
                return Err(bad(
                    &format!("unit_ranking.penalties[{i}]"),
                    "Điểm trừ và mức trừ tối đa không được âm.",
                    "Penalty points and caps cannot be negative.",
                ));
            }
            if r.penalties[..i].iter().any(|o| o.penalty == p.penalty) {
                return Err(bad(
                    &format!("unit_ranking.penalties[{i}].penalty"),
                    format!("Khoản trừ “{}” bị trùng.", p.penalty.label_vi()),
                    format!("Penalty “{}” is repeated.", p.penalty.label_en()),
                ));
            }
        }
        Ok(())
    }
}

fn check_checklist<'a>(
    list: &str,
    items: &'a [Criterion],
    frame: Points,
    codes: &mut HashSet<&'a str>,
) -> Result<(), FieldError> {
    if items.is_empty() && frame > Points::ZERO {
        return Err(bad(
            list,
            format!("Danh sách tiêu chí trống trong khi khung điểm là {}.", frame.vi()),
            format!("The checklist is empty while its frame is {}.", frame.en()),
        ));
    }
    for (i, c) in items.iter().enumerate() {
        let field = format!("{list}[{i}]");
        code(&format!("{field}.code"), &c.code)?;
        text(&format!("{field}.label_vi"), &c.label_vi)?;
        text(&format!("{field}.label_en"), &c.label_en)?;
        if c.max <= Points::ZERO {
            return Err(bad(
                &format!("{field}.max"),
                format!("Điểm tối đa của tiêu chí “{}” phải lớn hơn 0.", c.label_vi),
                format!("The maximum of “{}” must be above 0.", c.label_en),
            ));
        }
        if !codes.insert(c.code.as_str()) {
            return Err(bad(
                &format!("{field}.code"),
                format!("Mã tiêu chí “{}” bị trùng.", c.code),
                format!("Criterion code “{}” is repeated.", c.code),
            ));
        }
    }
    let sum: Points = items.iter().map(|c| c.max).sum();
    sum_matches(list, "tối đa của các tiêu chí", "criteria maxima", sum, frame)
}

fn check_title_condition(field: &str, c: &TitleCondition, earlier: &[&str]) -> Result<(), FieldError> {
    match c {
        TitleCondition::Title(code) if !earlier.contains(&code.as_str()) => Err(bad(
            field,
            format!("Danh hiệu “{code}” phải được khai báo trước danh hiệu cần đến nó."),
            format!("Title “{code}” must be declared before a title that requires it."),
        )),
        TitleCondition::AnyOf(any) if any.is_empty() => Err(bad(
            field,
            "Điều kiện “một trong các điều kiện” không được trống.",
            "An “any of” condition cannot be empty.",
        )),
        TitleCondition::AnyOf(any) => any.iter().try_for_each(|c| check_title_condition(field, c, earlier)),
        _ => Ok(()),
    }
}
