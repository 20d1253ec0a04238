//! Shapes of the spent unseen5 set (issue 15, seventh round) and of the spent unseen6 set
//! (eighth round), written anew rather than copied from the sets: each names a class of
//! wording the engine now reads, with sentences of other units, other topics and other places.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use vntext::plan::extract_plan;

type Row = (Option<String>, Option<String>, Option<&'static str>);

/// Each extracted task's lead, due date and recurrence, as the CLI prints them.
fn tasks(text: &str) -> Vec<Row> {
    extract_plan(text)
        .to_cli()
        .tasks
        .iter()
        .map(|t| (t.lead.clone(), t.due.clone(), t.recurrence))
        .collect()
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

/// A news item: a headline line, then the body's paragraphs.
fn news(body: &str) -> String {
    format!("Tin chỉ đạo điều hành\n\n{body}\n")
}

/// "đặc biệt" is no "để … biết" closing formula; "không"/"chưa" before a lowercase word
/// opens the predicate; "Với X, <work>" names X like "Đối với X".
#[test]
fn predicate_openers() {
    let text = news(
        "UBND tỉnh yêu cầu Sở Công Thương không để thiếu xăng dầu; đặc biệt tại các huyện miền núi. Với Công an tỉnh, tăng cường tuần tra kiểm soát trên các tuyến quốc lộ.",
    );
    assert_eq!(
        tasks(&text),
        [(s("Sở Công Thương"), None, None), (s("Công an tỉnh"), None, None)]
    );
}

/// Words that fold like a unit's head but are no unit: "Trường hợp …" (in case), "bảo đảm",
/// "bố trí", "hội trường"; heads written with a capital name a body ("Sở", "Bộ", "Hội").
#[test]
fn homographs_of_heads() {
    let text = news(
        "Trường hợp phát sinh vướng mắc sẽ báo cáo UBND huyện xem xét. UBND huyện giao Phòng Kinh tế chủ trì kiểm tra giá cả thị trường; bảo đảm cung ứng đủ hàng hóa thiết yếu.",
    );
    assert_eq!(tasks(&text), [(s("Phòng Kinh tế"), None, None)]);
}

/// "lưu ý X <verb>" orders X; a role-named collective ("chính quyền các xã", "thành viên
/// Ban Chỉ đạo …") is a unit; a subject that holds an order word is no subject.
#[test]
fn orders_and_collectives() {
    let text = news(
        "Công văn cũng lưu ý UBND các huyện bố trí lực lượng trực Tết. Sở Y tế yêu cầu chính quyền các xã phối hợp tuyên truyền phòng bệnh. Đề nghị thành viên Ban Chỉ đạo phòng chống dịch tỉnh tham gia kiểm tra theo địa bàn được phân công.",
    );
    assert_eq!(
        tasks(&text),
        [
            (s("UBND các huyện"), None, None),
            (s("chính quyền các xã"), None, None),
            (s("thành viên Ban Chỉ đạo phòng chống dịch tỉnh"), None, None)
        ]
    );
    let text = "I. NHIỆM VỤ\n1. UBND huyện yêu cầu Phòng Nội vụ thường xuyên theo dõi việc thực hiện quy chế dân chủ.";
    assert_eq!(tasks(text), [(s("Phòng Nội vụ"), None, Some("ongoing"))]);
}

/// Chairing a meeting is no work led; within a conclusion, "<unit> <verb> …" after an order
/// goes on with it; a sanction ("… phải chịu trách nhiệm nếu …") is no task.
#[test]
fn conclusions() {
    let text = news(
        "Ngày 5/4, đồng chí Chủ tịch UBND huyện đã chủ trì cuộc họp về công tác phòng chống lụt bão.\n\nKết luận cuộc họp, đồng chí Chủ tịch UBND huyện đề nghị các phòng chuyên môn rà soát phương án di dời dân. Các xã tiến hành kiểm tra các điểm sạt lở. Chủ tịch UBND xã phải chịu trách nhiệm nếu để xảy ra thiệt hại về người.",
    );
    assert_eq!(
        tasks(&text),
        [(s("các phòng chuyên môn"), None, None), (s("Các xã"), None, None)]
    );
}

/// A day of a month named by a recurring event is monthly; "văn bản chỉ đạo X" orders X
/// whoever issued it; a name ends after "trực thuộc Trung ương" before an adverb; an
/// apposition in brackets is no part of the lead.
#[test]
fn documents_and_names() {
    let text = news(
        "Bộ Tài chính vừa có văn bản chỉ đạo Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương kịp thời rà soát nguồn kinh phí. Giao Trung tâm Y tế huyện (đơn vị thường trực) chủ trì tổ chức tiêm chủng, gửi báo cáo chậm nhất ngày 20 của tháng trước tháng tổ chức giao ban.",
    );
    assert_eq!(
        tasks(&text),
        [
            (s("Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương"), None, None),
            (s("Trung tâm Y tế huyện"), None, Some("monthly"))
        ]
    );
}

/// Lists: a plural of levels shares the head before it ("Công an thành phố, các quận,
/// huyện"); actors that are no unit nouns stand apart ("Các doanh nghiệp, chủ đầu tư, nhà
/// thầu" → the first); "phòng, chống" stays inside a name.
#[test]
fn lists_of_units() {
    let text = news(
        "Công an thành phố, các quận, huyện cần tăng cường kiểm tra các cơ sở lưu trú. Các doanh nghiệp, chủ đầu tư, nhà thầu (nhất là các công trình trọng điểm) có phương án bảo đảm an toàn lao động.",
    );
    assert_eq!(
        tasks(&text),
        [
            (s("Công an thành phố, các quận, huyện"), None, None),
            (s("Các doanh nghiệp"), None, None)
        ]
    );
}

/// Dates: the end of the work's period in mid-sentence ("… đến ngày 15/12/2021"; not a
/// period a report covers, "từ ngày … đến ngày …"); a "Trong đó" part shares the date of the
/// work before; "tính đến ngày …" counts, it dates nothing.
#[test]
fn periods_and_parts() {
    let text = news(
        "Sở Giáo dục và Đào tạo đề nghị các trường tiếp tục tổ chức học trực tuyến đến ngày 15/12/2021. UBND tỉnh yêu cầu các huyện rà soát diện tích lúa bị thiệt hại, báo cáo về Sở Nông nghiệp trước ngày 20/10/2021. Trong đó, cần tập trung các xã ven biển. Sở Y tế báo cáo kết quả tiêm chủng từ ngày 01/7/2021 đến ngày 30/9/2021 theo yêu cầu của Bộ Y tế, tính đến ngày 30/9/2021 đã tiêm 500.000 liều.",
    );
    assert_eq!(
        tasks(&text),
        [
            (s("các trường"), s("2021-12-15"), None),
            (s("các huyện"), s("2021-10-20"), None),
            (s("các huyện"), s("2021-10-20"), None)
        ]
    );
}

/// "Trong đó, Thủ tướng chỉ đạo <verb> …" names no unit: the work of the units ordered
/// before; "Theo đó X …" without a comma; "giao 120 nhiệm vụ cho …" counts work, it orders
/// nothing; a headline the body assigns again to the same unit is no task of its own.
#[test]
fn orders_without_units() {
    let text = "Sở Tư pháp rà soát văn bản quy phạm pháp luật\n\nTrong năm, UBND tỉnh giao 120 nhiệm vụ cho các sở, ngành. Chủ tịch UBND tỉnh yêu cầu Sở Tư pháp rà soát văn bản quy phạm pháp luật của tỉnh. Trong đó, Chủ tịch UBND tỉnh chỉ đạo tập trung các văn bản về đất đai. Theo đó các huyện gửi danh mục văn bản về Sở Tư pháp.\n";
    assert_eq!(
        tasks(text),
        [
            (s("Sở Tư pháp"), None, None),
            (s("Sở Tư pháp"), None, None),
            (s("các huyện"), None, None)
        ]
    );
}

/// "… yêu cầu X tập trung thực hiện một số nhiệm vụ như:" then paragraphs that open with
/// their verb: each is X's work.
#[test]
fn paragraphs_after_an_order() {
    let text = news(
        "Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung thực hiện một số nhiệm vụ cụ thể như:\nTăng cường kiểm tra việc niêm yết giá tại các chợ.\nTheo dõi sát diễn biến cung cầu hàng hóa.\nSở Công Thương tổ chức các điểm bán hàng bình ổn giá.",
    );
    assert_eq!(
        tasks(&text),
        [
            (s("các sở, ngành, địa phương"), None, None),
            (s("các sở, ngành, địa phương"), None, None),
            (s("Sở Công Thương"), None, None)
        ]
    );
}

/// A letter's order that names no unit ("… vừa có công văn chỉ đạo tăng cường …") is told
/// in the next paragraph: "Theo đó, <unit> <verb> …" is the work ordered.
#[test]
fn order_told_in_the_next_paragraph() {
    let text = news(
        "Chủ tịch UBND huyện vừa có công văn chỉ đạo tăng cường công tác phòng cháy, chữa cháy rừng.\n\nTheo đó, UBND các xã, các đơn vị chủ rừng tăng cường tuần tra, canh gác lửa rừng trong mùa khô.",
    );
    assert_eq!(tasks(&text), [(s("UBND các xã"), None, None)]);
}

/// Lowercase syllables of a name are no verbs: "Kiểm lâm" ("lâm" is not "làm"), "Ban tổ
/// chức" and "cơ quan, tổ chức, cá nhân" (the noun, not "tổ chức" the verb), a name in quotes
/// after its head ("Cuộc thi “… xây dựng …”"); "họp giao ban" is a meeting, not "giao".
#[test]
fn names_with_lowercase_words() {
    let text = news(
        "UBND huyện họp giao ban thường kỳ tháng 9. Chi cục Kiểm lâm yêu cầu các Hạt Kiểm lâm liên huyện tăng cường tuần tra rừng phòng hộ. Tỉnh đoàn đề nghị các thành viên Ban tổ chức Hội trại kiểm tra lại công tác hậu cần. UBND xã đề nghị các cơ quan, tổ chức, đoàn thể thực hiện nghiêm quy định về vệ sinh môi trường. Sở Văn hóa yêu cầu Ban Tổ chức Cuộc thi “Tuổi trẻ xây dựng quê hương” công bố thể lệ trước ngày 15/8/2023.",
    );
    assert_eq!(
        tasks(&text),
        [
            (s("các Hạt Kiểm lâm liên huyện"), None, None),
            (s("các thành viên Ban tổ chức Hội trại"), None, None),
            (s("các cơ quan, tổ chức, đoàn thể"), None, None),
            (
                s("Ban Tổ chức Cuộc thi “Tuổi trẻ xây dựng quê hương”"),
                s("2023-08-15"),
                None
            )
        ]
    );
}

/// Items numbered inline in one paragraph ("… yêu cầu X: (1) …; (2) …; (3) …") are tasks of
/// X each, with their own dates; the order that opens them is no task; a time inside a
/// "nhằm …" purpose is no deadline.
#[test]
fn items_numbered_inline() {
    let text = news(
        "Kết luận cuộc họp, Chủ tịch UBND xã yêu cầu các ban, ngành, đoàn thể: (1) Rà soát danh sách hộ nghèo, hoàn thành trước ngày 20/11/2023; (2) Tăng cường tuyên truyền phòng chống cháy nổ; (3) Chuẩn bị tổ chức Ngày hội Đại đoàn kết nhằm bảo đảm kết quả thi đua trong năm.",
    );
    assert_eq!(
        tasks(&text),
        [
            (s("các ban, ngành, đoàn thể"), s("2023-11-20"), None),
            (s("các ban, ngành, đoàn thể"), None, None),
            (s("các ban, ngành, đoàn thể"), None, None)
        ]
    );
}

/// Times that name an occasion are no deadline: an anniversary's years in brackets, a crop
/// season, "các năm tiếp theo", the year of an event the work serves ("phục vụ hội nghị cuối
/// năm 2024").
#[test]
fn occasions_are_no_deadlines() {
    let text = news(
        "Ban Thường vụ Huyện ủy giao Ban Tuyên giáo Huyện ủy xây dựng kế hoạch kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930-3/2/2025). UBND huyện yêu cầu Phòng Nông nghiệp chỉ đạo gieo cấy vụ Hè Thu 2024 – 2025. Huyện ủy đề nghị Văn phòng Huyện ủy chuẩn bị tài liệu phục vụ hội nghị tổng kết cuối năm 2024. UBND tỉnh yêu cầu Sở Tài chính tham mưu giải pháp tăng thu ngân sách cho các năm tiếp theo.",
    );
    assert_eq!(
        tasks(&text),
        [
            (s("Ban Tuyên giáo Huyện ủy"), None, None),
            (s("Phòng Nông nghiệp"), None, None),
            (s("Văn phòng Huyện ủy"), None, None),
            (s("Sở Tài chính"), None, None)
        ]
    );
}

/// Work that goes on without a subject: "Trên cơ sở đó, <verb> …", a sentence opening with
/// its verb and its own schedule ("Tổ chức trực ban …, thường xuyên báo cáo …"); what a
/// document says ("Công văn nêu rõ, X <verb> …") is ordered. Not work: who attended, an
/// appeal to the population, work told as done ("… cũng đã phối hợp …"). "Hạt Kiểm lâm …"
/// is a body even after "còn yêu cầu".
#[test]
fn work_that_goes_on_and_what_is_no_work() {
    let text = news(
        "Tham dự hội nghị có lãnh đạo các phòng, ban, đơn vị trực thuộc huyện. Công văn nêu rõ, UBND các xã rà soát các điểm sạt lở ven sông. Trên cơ sở đó, lập phương án di dời các hộ dân trong vùng nguy hiểm. Tổ chức trực ban 24/24 giờ, thường xuyên báo cáo về Ban Chỉ huy huyện. Lực lượng dân quân cũng đã phối hợp tuần tra các tuyến đê. UBND huyện kêu gọi toàn thể nhân dân chủ động phòng tránh thiên tai. Chi cục Kiểm lâm còn yêu cầu Hạt Kiểm lâm rừng phòng hộ tham mưu UBND huyện lập phương án chữa cháy.",
    );
    assert_eq!(
        tasks(&text),
        [
            (s("UBND các xã"), None, None),
            (s("UBND các xã"), None, None),
            (s("UBND các xã"), None, Some("ongoing")),
            (s("Hạt Kiểm lâm rừng phòng hộ"), None, None)
        ]
    );
}

/// "Theo đó, từ ngày … đến hết ngày …, <units> đồng loạt <work>": the work's period after an
/// opener, its end the due date; a long list of role-holders chained by ";" after an order
/// ("chỉ đạo thủ trưởng các sở, …, đơn vị sự nghiệp công lập …; Chủ tịch UBND các huyện …
/// khẩn trương …") is one order, and "công lập" holds no verb "lập".
#[test]
fn periods_after_openers_and_long_lists() {
    let text = news(
        "Theo đó, từ ngày 05/9 đến hết ngày 15/9/2024, các trường học, cơ sở giáo dục, các khu dân cư và toàn thể nhân dân đồng loạt ra quân diệt lăng quăng.\n\nGiám đốc Sở Y tế vừa có văn bản chỉ đạo thủ trưởng các bệnh viện, đơn vị sự nghiệp công lập trực thuộc Sở; Giám đốc Trung tâm Y tế các huyện, thị xã khẩn trương rà soát danh mục thuốc thiết yếu.",
    );
    assert_eq!(
        tasks(&text),
        [
            (s("các trường học"), s("2024-09-15"), None),
            (
                s("thủ trưởng các bệnh viện, đơn vị sự nghiệp công lập trực thuộc Sở"),
                None,
                None
            )
        ]
    );
}

/// Ninth round, discourse state: work told without a subject, in the next sentences or
/// paragraphs, goes to the unit the last order named, across paragraphs, until a paragraph
/// gives no task or a new unit is named; a photo caption ("… |") changes nothing.
#[test]
fn subjectless_work_goes_to_the_last_addressee() {
    let text = news(
        "UBND huyện giao Phòng Nông nghiệp chủ trì kiểm tra hệ thống đê bao trước mùa mưa.\n\nCán bộ kiểm tra đê bao tại xã Tân Phú |\n\nTổ chức tập huấn cho các xã về phòng chống lụt bão.\n\nTham mưu UBND huyện bố trí kinh phí sửa chữa các cống bị hư hỏng.",
    );
    assert_eq!(
        tasks(&text),
        [
            (s("Phòng Nông nghiệp"), None, None),
            (s("Phòng Nông nghiệp"), None, None),
            (s("Phòng Nông nghiệp"), None, None)
        ]
    );
}

/// The addressee does not outlive the order: after a paragraph that gives no task (a story
/// of what was done), a paragraph that opens with a verb is no work of the unit before.
#[test]
fn the_addressee_ends_where_the_text_turns() {
    let text = news(
        "Chủ tịch UBND thị xã giao Phòng Quản lý đô thị rà soát các biển quảng cáo sai phép.\n\nNăm qua, thị xã đã tháo dỡ hơn 300 biển quảng cáo và xử phạt 42 trường hợp vi phạm.\n\nTổ chức thành công hội thi tuyên truyền viên giỏi là một điểm sáng của năm.",
    );
    assert_eq!(tasks(&text), [(s("Phòng Quản lý đô thị"), None, None)]);
}

/// Ninth round, a lexicon of body names: a lead that opens with a known body's name ends
/// where the name and its level end, whatever verb follows ("biên soạn", "in" are in no
/// verb list); a longer name joined by "-" or "&" is left as read.
#[test]
fn a_known_body_name_ends_the_lead() {
    let text = news(
        "UBND huyện yêu cầu các xã rà soát danh sách hộ nghèo trước ngày 30/6/2024. Phòng Lao động - Thương binh và Xã hội huyện biên soạn sổ tay hướng dẫn cho cán bộ cơ sở. Phòng Kinh tế & Hạ tầng kiểm tra các công trình giao thông nông thôn.",
    );
    assert_eq!(
        tasks(&text),
        [
            (s("các xã"), s("2024-06-30"), None),
            (s("Phòng Lao động - Thương binh và Xã hội huyện"), None, None),
            (s("Phòng Kinh tế & Hạ tầng"), None, None)
        ]
    );
}
