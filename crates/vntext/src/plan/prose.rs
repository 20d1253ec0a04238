//! Tasks written as prose rather than as a numbered plan: conclusion notices ("Giao Sở
//! Kế hoạch và Đầu tư chủ trì …. Yêu cầu hoàn thiện … trước ngày 28/9/2018."), news
//! summaries of a plan ("Các huyện thành lập đoàn …, xong trước ngày 31.7."), regulation
//! items that open with the deadline ("Trước ngày 15 tháng 11 hằng năm, Sở … báo cáo …").
//!
//! Each line is a paragraph, split into sentences. A sentence that names a unit and a
//! deadline, or assigns work ("giao", "chủ trì"), starts a task; a later sentence of the
//! same paragraph that only gives a deadline completes it, or becomes a task of the unit
//! last named. Numbered items after an intro line "… yêu cầu X:" inherit X.

use chrono::NaiveDate;

use super::TaskDraft;
use super::discourse::Addressee;
use super::headings::{duties_of, heading_unit, is_bare_number, unit_colon};
use super::lead::{assigned_unit, lead_of, orders_unnamed, strip_openers};
use super::line_tasks::{set_deadline, settle_line, task};
use super::lines::{Mark, split_mark};
use super::pieces::{clauses, goes_on, opens_with_verb, paren_item, refers_back, sentences, starts_with_subject};
use super::prose_edges::{drop_restated_headline, intro_subject};
use super::sentence_kind::{
    appeals, assigns, attendance, closes_document, closing_formula, is_closing, predicate, reports_done, sanctions,
    told_done,
};
use super::sentence_shapes::{
    dates_work_before, ends_with_order_colon, is_due, report_or_time, time_line, work_subject,
};
use super::sentence_time::{deadline_of, timed_work};
use super::words::looks_like_unit;
use crate::deadline::parse_deadline;
use crate::text::fold;

/// Tasks of a text without numbered sections, and the sentences that close the document
/// (`closes_document`): the tasks read from those are dropped after the learned decision
/// (`task_model`) has seen them, so that its inputs and training data stay as they were.
pub(crate) fn tasks(lines: &[&str], issued: Option<NaiveDate>) -> (Vec<TaskDraft>, Vec<String>) {
    let mut closings: Vec<String> = Vec::new();
    let mut out: Vec<TaskDraft> = Vec::new();
    let mut intro_lead: Option<(String, Vec<String>)> = None;
    // Deadlines that close a notice: (tasks before it, the phrase).
    let mut shared: Vec<(usize, String)> = Vec::new();
    // Whether `intro_lead` comes from a unit heading (it ends at the next numbered item).
    let mut heading_lead = false;
    // The depth of the unit heading's mark (`Mark::rank`).
    let mut heading_rank = 0;
    // "… yêu cầu: Ban Tuyên giáo … ; Ban cán sự … ." then, in the next paragraphs,
    // "Văn phòng Tỉnh ủy xây dựng …": paragraphs of "<unit> <verb> …" under an order
    // are its work, until a paragraph gives none.
    let mut ordering = false;
    // Whether the bullets under `intro_lead` are its work whatever units they name: the
    // heading is "<unit> <verb> …:" ("1. Ủy ban nhân dân các huyện, thành phố chỉ đạo
    // chính quyền cơ sở … thực hiện:").
    let mut verb_heading = false;
    // "… yêu cầu các Bộ, ngành, địa phương thực hiện một số nhiệm vụ cụ thể như:" then
    // paragraphs that open with their verb ("Tăng cường kiểm tra …", "Theo dõi sát …"): each
    // is work of the units ordered, until a paragraph opens otherwise.
    let mut after_order_intro = false;
    // To whom the last order went: work told without a subject goes to it (`discourse`).
    let mut addressee = Addressee::default();
    // The time a dated intro gives the items under it (`dated_work_intro`).
    let mut intro_due: Option<String> = None;
    for (n, line) in lines.iter().enumerate() {
        let line = line.trim();
        // "HS nghỉ học … khử trùng |": a photo caption or a portal's debris, no sentence of
        // the text; it neither gives work nor turns the text to something else.
        if line.is_empty() || line.ends_with('|') {
            continue;
        }
        // "Trả lời đề nghị của ông … : Đề nghị UBND tỉnh sớm chỉ đạo …": the citizen's question
        // a reply page restates, whose "đề nghị" asks and orders no one.
        if ["tra loi de nghi", "tra loi kien nghi"]
            .iter()
            .any(|w| fold(line).starts_with(w))
        {
            continue;
        }
        let bullets_follow = lines[n + 1..]
            .iter()
            .map(|l| l.trim())
            .find(|l| !l.is_empty())
            .and_then(split_mark)
            .is_some_and(|(m, _)| matches!(m, Mark::Dash | Mark::Plus));
        // "3." alone on its line, its text on the next ones: a new item ends a heading's work.
        if is_bare_number(line) {
            intro_lead = if heading_lead { None } else { intro_lead };
            heading_lead = false;
            verb_heading = false;
            continue;
        }
        let before_line = out.len();
        let marked = split_mark(line);
        let bullet = marked
            .as_ref()
            .is_some_and(|(m, _)| matches!(m, Mark::Dash | Mark::Plus));
        // How deep the item is ("1." above "a)" above "-" above "+"); "(1)" as "1.".
        let rank = marked
            .as_ref()
            .map(|(m, _)| m.rank())
            .or_else(|| paren_item(line).map(|_| 2));
        // Whether the next item is deeper than this one ("4. Cục Hoá chất" then "a) …").
        let deeper_follows = lines[n + 1..]
            .iter()
            .map(|l| l.trim())
            .find(|l| !l.is_empty())
            .and_then(split_mark)
            .is_some_and(|(m, _)| rank.is_some_and(|r| m.rank() > r));
        let item = marked.map(|(_, rest)| rest).or_else(|| paren_item(line));
        // "2. Trung tâm Văn hóa - Thông tin và Thể thao": a unit heading; the items and
        // paragraphs below it are its tasks. A dash item is a heading only with its colon and
        // deeper items after it ("- Vụ Khoa học Công nghệ:" then "+ …").
        let heading_item = item.filter(|b| !bullet || deeper_follows && b.trim_end().ends_with(':'));
        if let Some(unit) = heading_item.and_then(heading_unit) {
            intro_lead = Some((unit, Vec::new()));
            heading_lead = true;
            heading_rank = rank.unwrap_or(0);
            verb_heading = false;
            addressee.reset();
            continue;
        }
        // An item as deep as the heading or above it ends the heading's work; a deeper one
        // ("a)" under "4. Cục Hoá chất") is part of it.
        if item.is_some() && heading_lead && rank.is_none_or(|r| r <= heading_rank) {
            intro_lead = None;
            heading_lead = false;
            verb_heading = false;
        }
        // "1. Ủy ban nhân dân các huyện, thành phố chỉ đạo … thực hiện:" then "- …" bullets:
        // a heading holding its unit's verb; the bullets are that unit's tasks.
        if let Some(b) = item.filter(|b| !bullet && bullets_follow && b.trim_end().ends_with(':'))
            && let Some(((unit, support), true)) = lead_of(b.trim_end().trim_end_matches(':'))
        {
            intro_lead = Some(super::unit_list::first_listed(unit, support));
            heading_lead = true;
            heading_rank = rank.unwrap_or(0);
            verb_heading = true;
            continue;
        }
        // "4. Đối với các đơn vị chức năng thuộc Bộ Thuỷ sản:" then deeper items: a heading
        // that introduces them, no task itself; the items without a unit of their own are
        // the unit's it names.
        if let Some(b) = item.filter(|b| !bullet && deeper_follows && b.trim_end().ends_with(':')) {
            if let Some(((unit, support), _)) = lead_of(b.trim_end().trim_end_matches(':')) {
                intro_lead = Some(super::unit_list::first_listed(unit, support));
                heading_lead = true;
                heading_rank = rank.unwrap_or(0);
                verb_heading = false;
            }
            addressee.reset();
            continue;
        }
        // "3. Phòng Tài nguyên và Môi trường huyện: Xây dựng kế hoạch …": the unit, then its work.
        let (body, own_lead) = match item.and_then(unit_colon) {
            Some((unit, work)) => (work, Some(unit)),
            None => (item.unwrap_or(line), None),
        };
        let mut current: Option<usize> = None;
        let mut last_lead: Option<(String, Vec<String>)> = None;
        // Whether a sentence of this paragraph gave an order ("… đề nghị các thành viên …
        // cần …"): a later sentence "<unit> <verb> …" goes on with the same conclusion
        // ("Các đơn vị liên quan tiến hành rà soát …").
        let mut ordered_before = false;
        // "Thời gian thực hiện trong năm 2013. Chủ tịch UBND tỉnh giao …": a time that opens a
        // paragraph which goes on with an order is the time of that order's work.
        let mut pending_time: Option<String> = None;
        let pieces: Vec<_> = sentences(body)
            .into_iter()
            .flat_map(|s| {
                let parts = clauses(s);
                let n = parts.len();
                parts.into_iter().map(move |(c, own)| (c, n > 1, s, own))
            })
            .collect();
        for (k, &(sentence, chained, whole, own_item)) in pieces.iter().enumerate() {
            // "(2) Tập trung …": an item numbered inline, work of the unit ordered before it.
            let inline_item = k > 0 && paren_item(sentence.trim_start()).is_some();
            let sentence = if inline_item {
                paren_item(sentence.trim_start()).unwrap_or(sentence)
            } else {
                sentence
            };
            // "… yêu cầu các cơ quan, đơn vị, địa phương trong thời gian tới: (1) …": the
            // order that introduces the items is no task itself; it names their unit.
            let opens_items = sentence.trim_end().ends_with(':')
                && pieces
                    .get(k + 1)
                    .is_some_and(|(next, ..)| paren_item(next.trim_start()).is_some());
            // "Văn phòng Chính phủ thông báo để Bộ … biết, thực hiện./.": the closing
            // formula of a notice, not work.
            if closes_document(whole) && !closings.iter().any(|c| c == whole) {
                closings.push(whole.to_string());
            }
            if is_closing(sentence) || attendance(sentence) || appeals(sentence) || closing_formula(sentence) {
                continue;
            }
            // "… Chủ tịch UBND huyện yêu cầu: UBND các xã, thị trấn triển khai …. Cơ quan chuyên
            // môn tham mưu …": the sentences after an order ending in its colon are its work.
            let order_colon = ends_with_order_colon(sentence);
            if k + 1 < pieces.len() && order_colon {
                ordered_before = true;
            }
            let item_start = item.is_some() && k == 0;
            let verb_paragraph = after_order_intro && item.is_none() && k == 0 && opens_with_verb(sentence);
            // "… cụ thể như sau: – Phối hợp …. – Biên tập tin, bài …": dash items inside one
            // paragraph are work of the unit named before them.
            let deadline = deadline_of(sentence, issued);
            let dash = inline_item
                || k > 0 && sentence.trim_start().starts_with(['–', '—', '-'])
                // "… đề nghị Chủ tịch UBND các tỉnh … chỉ đạo thực hiện một số nội dung cấp bách.
                // Tiếp tục khẩn trương chỉ đạo …": a sentence opening with a verb goes on with
                // the order of the sentence before ("Hoàn thành trước ngày …" only dates it;
                // "Tổ chức trực ban …, thường xuyên báo cáo …" is new work with its own
                // schedule, "Báo cáo kết quả hằng tháng" the schedule of the report before).
                || k > 0
                    && current.is_some()
                    && opens_with_verb(sentence)
                    && deadline
                        .as_ref()
                        .is_none_or(|d| !is_due(d) && !report_or_time(sentence) && !fold(sentence).starts_with("hoan thanh"));
            // "Đồng thời, nghiên cứu, đề xuất …": work that goes on from the task before;
            // "Trong đó, Thủ tướng chỉ đạo tập trung rà soát …": an order that names no unit
            // goes on with the unit ordered before.
            // ("Báo cáo yêu cầu gửi về … trước …" only dates the report asked before).
            let continues =
                goes_on(sentence) || !out.is_empty() && !report_or_time(sentence) && orders_unnamed(sentence);
            // Work without a subject at the start of a paragraph (or before any task of it)
            // goes to the last addressee; inside a paragraph after a task, `dash` reads it.
            let carried = (item.is_none() && current.is_none())
                .then(|| addressee.carries(sentence))
                .flatten();
            // "5. Sở Công thương:" then "Chỉ đạo lực lượng Quản lý thị trường …": a paragraph
            // under a unit heading that names no doer of its own is the heading unit's work.
            // A word or a bracketed source line under the heading ("Đánh giá", "(Nguồn công văn
            // số …)") is the page's debris, not work.
            let heading_paragraph = heading_lead
                && item.is_none()
                && k == 0
                && sentence.trim_start().starts_with(char::is_uppercase)
                && sentence.split_whitespace().count() >= 4
                && !starts_with_subject(strip_openers(sentence))
                && assigned_unit(sentence).is_none()
                // "Trước ngày …, Phó Thủ tướng … sẽ chủ trì cuộc họp …": the issuer's own plan.
                && !sentence.contains(" sẽ ");
            // "Thời gian tổ chức hội nghị tổng kết … trong quý I năm 2011." on its own line: the
            // time of the work of the paragraph before, due or not; no work of its own.
            // The words "Thời gian" themselves open no deadline: read it after them.
            // (Later in a paragraph without a task yet, it may open the order that follows.)
            let time_of_line = (item.is_none() && time_line(sentence) && (k == 0 || current.is_none()))
                .then(|| {
                    let rest = strip_openers(sentence).trim_start();
                    let rest = rest.split_once(' ').map_or("", |(_, r)| r);
                    let rest = rest.split_once(' ').map_or("", |(_, r)| r);
                    // The time of the meeting that is the work ("tổ chức hội nghị tổng kết trong
                    // quý II năm 2021") is its deadline here.
                    super::deadline_clause(rest).filter(|d| parse_deadline(d, issued).is_ok())
                })
                .flatten();
            if let Some(dl) = time_of_line.as_ref()
                && current.is_none()
                && fold(strip_openers(sentence)).starts_with("thoi gian thuc hien")
                && pieces.get(k + 1).is_some_and(|(s, ..)| assigned_unit(s).is_some())
            {
                pending_time = Some(dl.clone());
                continue;
            }
            if let Some(dl) = time_of_line.as_ref()
                && k == 0
                && before_line > 0
                && current.is_none()
            {
                let prev = &mut out[before_line - 1];
                if prev.deadline.is_none() {
                    set_deadline(prev, dl.clone(), issued);
                }
                continue;
            }
            let prev_lead = out
                .last()
                .and_then(|t: &TaskDraft| t.lead.clone())
                .map(|l| (l, Vec::new()));
            let lead = match lead_of(sentence) {
                _ if own_lead.is_some() && k == 0 => own_lead.clone().map(|u| (u, Vec::new())),
                _ if heading_paragraph && intro_lead.is_some() => intro_lead.clone(),
                _ if item_start && bullet && verb_heading => intro_lead.clone(),
                // "6. Sở Y tế" over "a) Thường xuyên kiểm tra …; nếu …, phải hướng dẫn, yêu cầu
                // các đơn vị có biện pháp khắc phục …": an item under a unit's heading that opens
                // with its work is the heading unit's; the units it orders are its work's object.
                Some(_)
                    if item_start
                        && heading_lead
                        && !bullet
                        && intro_lead.is_some()
                        && opens_with_verb(sentence)
                        && !opens_with_order(sentence) =>
                {
                    intro_lead.clone()
                }
                Some((_, false)) | None if item_start && verb_heading && !heading_lead => intro_lead.clone(),
                // An item under "… yêu cầu X:" belongs to X unless it names its own unit.
                Some((_, false)) if item_start && intro_lead.is_some() => intro_lead.clone(),
                // "- Chủ trì … ban hành văn bản hướng dẫn … trong tháng 3 năm 2010." under "d) Bộ
                // Tài chính": an item with a time of its own and no unit is the heading's work too.
                None if item_start && deadline.is_some() && intro_lead.is_some() => intro_lead.clone(),
                Some((_, false)) | None if verb_paragraph => intro_lead.clone(),
                Some((_, false)) | None if (dash || own_item) && last_lead.is_some() => last_lead.clone(),
                Some((_, false)) | None if continues && prev_lead.is_some() => prev_lead.clone(),
                Some((_, false)) | None if carried.is_some() => carried.clone(),
                other => other.map(|(l, _)| l),
            };
            // "… Kinh tế đô thị do Sở KH-ĐT chủ trì, Văn hóa đô thị do Sở VH-TT chủ trì, …. TP.HCM
            // yêu cầu 5 đề án nhánh nêu trên hoàn thành trong quý 3/2021.": a due date for the
            // work named before it in the paragraph.
            if let Some(dl) = deadline.as_ref().filter(|d| is_due(d) && refers_back(sentence)) {
                let open: Vec<usize> = (before_line..out.len())
                    .filter(|&i| out[i].deadline_text.is_none())
                    .collect();
                if !open.is_empty() {
                    for i in open {
                        set_deadline(&mut out[i], dl.clone(), issued);
                    }
                    continue;
                }
            }
            // "Đề nghị Hiệu trưởng các trường … rà soát …." then "Các đơn vị thực hiện trước ngày
            // 24/3/2016.": the units ordered before, told again only to date their work.
            if let Some(dl) = deadline.as_ref().filter(|d| is_due(d) && dates_work_before(sentence)) {
                let open: Vec<usize> = (before_line..out.len())
                    .filter(|&i| out[i].deadline_text.is_none())
                    .collect();
                let open = if open.is_empty() {
                    out.len()
                        .checked_sub(1)
                        .filter(|&i| out[i].deadline_text.is_none())
                        .into_iter()
                        .collect()
                } else {
                    open
                };
                if !open.is_empty() {
                    for i in open {
                        set_deadline(&mut out[i], dl.clone(), issued);
                    }
                    continue;
                }
            }
            // "… yêu cầu các cấp uỷ:" introduces the items below; it is no task itself.
            let intro = item.is_none() && line.ends_with(':') || opens_items;
            // Under an order, and in a text that has given tasks already, a one-sentence
            // paragraph that opens with a unit and its verb ("Cục Quản lý thị trường tỉnh xây
            // dựng kế hoạch …") is that unit's work: news summaries give each unit's work a
            // paragraph; a longer paragraph is a story.
            // An order word leaves the sentence to `assigns` ("UBND tỉnh yêu cầu các cơ quan …
            // nghiêm túc thực hiện." closes a notice).
            let own_paragraph =
                k == 0 && whole.len() == body.len() && !out.is_empty() && assigned_unit(sentence).is_none();
            // "Tỉnh ủy sẽ thành lập đoàn kiểm tra …": the issuer's own plan, not work ordered.
            let announced = predicate(sentence).is_some_and(|p| p.starts_with("sẽ "));
            let ordered = (ordering || own_paragraph || ordered_before && !announced && !order_colon)
                && item.is_none()
                && starts_with_subject(strip_openers(sentence));
            let assigns =
                (chained || ordered || assigns(sentence)) && !intro && !reports_done(whole) && !sanctions(sentence);
            match (lead, deadline) {
                // "Trên cơ sở đó, các đơn vị đã đề xuất …", "… cũng đã tích cực phối hợp …": work
                // told as done, in a sentence that orders nothing, is no task.
                (Some(l), dl)
                    if (dl.is_some()
                        || assigns
                        || item_start
                        || dash
                        || own_item
                        || continues
                        || verb_paragraph
                        || heading_paragraph
                        || carried.is_some())
                        && !told_done(sentence) =>
                {
                    ordered_before |= assigns;
                    addressee.ordered(&l);
                    last_lead = Some(l.clone());
                    current = Some(out.len());
                    let work = sentence.trim_start().trim_start_matches(['–', '—', '-']).trim_start();
                    // "… trước ngày 20.7.2020. Trong đó, cần tập trung …": a part of the dated
                    // work before shares its date.
                    let dl = dl.or_else(|| {
                        fold(sentence)
                            .starts_with("trong do")
                            .then(|| out.last().and_then(|t| t.deadline_text.clone()))
                            .flatten()
                    });
                    out.push(task(work, Some(l), dl, issued));
                }
                // A unit named without work given to it (a letter's sender, a meeting's host):
                // the work told after it is no longer the last addressee's.
                (Some(l), _) => {
                    addressee.reset();
                    last_lead = Some(l);
                }
                // "Các nội dung thực hiện báo cáo UBND TP trước 20/2/2019.": the deadline of
                // every task named before it.
                // "- Khẩn trương … hoàn thiện các báo cáo: (i) …; (ii) … trong năm 2025 và chuyển
                // sang năm 2026 …. Các Báo cáo trên gửi Bộ Tư pháp trước ngày 05 tháng 12 năm
                // 2025.": inside an item that gave its own task, the work told is that item's,
                // and so is its due date (over a year the item only mentioned); the items
                // before keep theirs.
                (None, Some(dl)) if is_due(&dl) && work_subject(sentence) && item.is_some() && current.is_some() => {
                    // The item's own phrase yields only when it sets no date before which the
                    // work is due ("… đã xử lý xong; … chuyển sang năm 2026" mentions a year).
                    let sets_date = |d: &str| {
                        let f = fold(d);
                        ["truoc", "cham nhat", "thoi han", "den ngay", "den het"]
                            .iter()
                            .any(|w| crate::plan::phrase_pos(&f, w).is_some())
                    };
                    if let Some(c) = current
                        && out[c].deadline_text.as_deref().is_none_or(|d| !sets_date(d))
                    {
                        out[c].deadline_text = None;
                        out[c].deadline = None;
                        set_deadline(&mut out[c], dl, issued);
                    }
                }
                (None, Some(dl)) if is_due(&dl) && work_subject(sentence) => shared.push((out.len(), dl)),
                (None, Some(dl)) => match current {
                    Some(c) if out[c].deadline_text.is_none() => set_deadline(&mut out[c], dl, issued),
                    // "Báo cáo gửi về … chậm nhất 10h00' ngày 27/4/2020." opening a paragraph:
                    // the deadline of the report asked in the paragraph before.
                    None if k == 0 && is_due(&dl) && report_or_time(sentence) && before_line > 0 => {
                        let prev = &mut out[before_line - 1];
                        if prev.deadline_text.is_none() {
                            set_deadline(prev, dl, issued);
                        }
                    }
                    // "Định kỳ trước ngày 20 hàng tháng, báo cáo …": new work of the unit last
                    // named, in this paragraph or the task before.
                    _ if timed_work(sentence) => {
                        if let Some(l) = last_lead.clone().or_else(|| prev_lead.clone()) {
                            current = Some(out.len());
                            out.push(task(sentence, Some(l), Some(dl), issued));
                        }
                    }
                    // A sentence that only says "… trước ngày 30.11" is work of the unit last named.
                    _ if is_due(&dl) => {
                        if let Some(l) = last_lead
                            .clone()
                            .or_else(|| item_start.then(|| intro_lead.clone()).flatten())
                        {
                            current = Some(out.len());
                            out.push(task(sentence, Some(l), Some(dl), issued));
                        }
                    }
                    _ => {}
                },
                (None, None) if item_start => {
                    if let Some(l) = intro_lead.clone() {
                        current = Some(out.len());
                        out.push(task(sentence, Some(l), None, issued));
                    }
                }
                (None, None) => {}
            }
        }
        if let Some(dl) = pending_time {
            for t in out[before_line..].iter_mut().filter(|t| t.deadline_text.is_none()) {
                set_deadline(t, dl.clone(), issued);
            }
        }
        settle_line(
            &mut out,
            before_line,
            item.is_some(),
            line,
            issued,
            &mut intro_due,
            &shared,
        );
        let gave = out.len() > before_line;
        // A paragraph that gives no task turns the text to something else; an intro line
        // ("… yêu cầu X:") keeps its order for what follows.
        if !gave && !line.ends_with(':') {
            addressee.reset();
        }
        let orders_colon = {
            let f = fold(line);
            ["yeu cau:", "yeu cau :", "de nghi:", "giao:", "nhu sau:", "cu the:"]
                .iter()
                .any(|w| f.contains(w))
        };
        // "Chủ tịch UBND huyện vừa có công văn chỉ đạo tăng cường công tác kiểm tra …" names no
        // unit: the work ordered follows ("Theo đó, UBND các xã, thị trấn … tăng cường …").
        let unnamed = !gave && orders_unnamed(line);
        ordering = item.is_none() && (orders_colon && (gave || line.ends_with(':')) || ordering && gave || unnamed);
        // "… yêu cầu các cấp uỷ, tổ chức đảng trực thuộc Trung ương:" introduces items.
        let opened_with_verb = split_mark(line).is_none() && opens_with_verb(line);
        after_order_intro = after_order_intro && opened_with_verb && out.len() > before_line;
        // A paragraph that names a unit of its own ends the work of the heading above it.
        if item.is_none()
            && heading_lead
            && out[before_line..]
                .iter()
                .any(|t| t.lead != intro_lead.as_ref().map(|(l, _)| l.clone()))
        {
            heading_lead = false;
        }
        // "Thủ trưởng các sở - ngành, cơ quan, đơn vị, Chủ tịch …:" on a line of its own, then
        // "a) …": a heading of units without a mark; the items below are the first unit's.
        let item_follows = lines[n + 1..]
            .iter()
            .map(|l| l.trim())
            .find(|l| !l.is_empty())
            .and_then(split_mark)
            .is_some();
        let paren_follows = lines[n + 1..]
            .iter()
            .map(|l| l.trim())
            .find(|l| !l.is_empty())
            .is_some_and(|l| paren_item(l).is_some());
        if item.is_none()
            && line.ends_with(':')
            && item_follows
            && let Some(unit) = heading_unit(line)
        {
            intro_lead = Some((unit, Vec::new()));
            heading_lead = true;
            heading_rank = 1;
            verb_heading = false;
            continue;
        }
        // "Điều 2. Nhiệm vụ của Tổ tiếp công dân, xử lý khiếu nại, …:" over "- …": a decision's
        // article that lists the duties of the body it sets up; the body leads them.
        if item.is_none()
            && line.ends_with(':')
            && bullets_follow
            && let Some(unit) = duties_of(line)
        {
            intro_lead = Some((unit, Vec::new()));
            heading_lead = true;
            heading_rank = 1;
            verb_heading = false;
            continue;
        }
        if item.is_none() && line.ends_with(':') {
            let own = line.trim_end_matches(':');
            // With its colon: the intro holds only the unit (`order::intro_unit_end`).
            let assigned = assigned_unit(line);
            after_order_intro = assigned.is_some() && !bullets_follow;
            // "UBND các huyện chỉ đạo các xã thực hiện:" then bullets: the subject's work; so
            // are "(1) …" items after "…, Văn phòng Trung ương Đảng và các văn phòng tỉnh uỷ,
            // thành uỷ cụ thể hoá để tổ chức thực hiện, trong đó, cần tập trung một số nhiệm
            // vụ trọng tâm sau:" (the subject of its last clause that has one).
            let subject = if assigned.is_none() && bullets_follow {
                lead_of(own).filter(|(_, plain)| *plain).map(|(l, _)| l)
            } else if assigned.is_none() && (item_follows || paren_follows) {
                intro_subject(own)
            } else {
                None
            };
            verb_heading = subject.is_some();
            // "Giao Sở Nội vụ (Ban Thi đua - Khen thưởng) có nhiệm vụ:": the bracket says which
            // office of the unit; it is no part of its name.
            let assigned = assigned.map(|(unit, support)| match unit.split_once(" (") {
                Some((before, _)) if looks_like_unit(before) => (before.to_string(), support),
                _ => (unit, support),
            });
            intro_lead = assigned.or(subject).or(intro_lead);
            heading_lead = false;
        }
    }
    for (count, dl) in shared {
        for t in out[..count].iter_mut().filter(|t| t.deadline_text.is_none()) {
            set_deadline(t, dl.clone(), issued);
        }
    }
    drop_restated_headline(lines, &mut out);
    for (i, t) in out.iter_mut().enumerate() {
        t.code = (i + 1).to_string();
    }
    (out, closings)
}

/// Whether a sentence opens with an order word ("Giao …", "Đề nghị …", "Yêu cầu …").
fn opens_with_order(sentence: &str) -> bool {
    let f = fold(sentence.trim_start());
    ["giao ", "de nghi ", "yeu cau "].iter().any(|w| f.starts_with(w))
}
