//! Word lists for names and texts.

/// Family names with rough frequencies (per mille).
pub(crate) const HO: &[(&str, u32)] = &[
    ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 40), ("Huỳnh", 10),
    ("Phan", 45), ("Vũ", 30), ("Võ", 10), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13),
    ("Ngô", 13), ("Dương", 10), ("Lý", 5), ("Đinh", 8), ("Trịnh", 6), ("Đào", 6), ("Lương", 4),
    ("Mai", 4), ("Tạ", 3), ("Vương", 2), ("Chu", 3), ("Kiều", 2), ("Lưu", 3), ("Cao", 4),
    ("Tô", 2), ("Hà", 4), ("Nông", 2), ("Triệu", 2), ("Khuất", 1), ("Quách", 2), ("Thái", 2),
];

pub(crate) const DEM_NAM: &[&str] = &[
    "Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Ngọc", "Xuân", "Mạnh", "Tiến", "Công",
    "Trọng", "Duy", "Hoàng", "Anh", "Quốc", "Thế", "Đình", "Việt", "Trung",
];

pub(crate) const DEM_NU: &[&str] = &[
    "Thị", "Thị", "Thị", "Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Phương", "Thúy", "Kim",
    "Bích", "Diệu", "Mai", "Hải", "Khánh",
];

pub(crate) const TEN_NAM: &[&str] = &[
    "Anh", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Giang", "Hải", "Hiếu", "Hoàng", "Hùng",
    "Huy", "Khánh", "Khoa", "Kiên", "Long", "Lâm", "Minh", "Nam", "Nghĩa", "Phong", "Phúc",
    "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng",
    "Việt", "Vinh", "Vũ", "Hưng", "Hiệp", "Lộc", "Tâm", "Thái", "Tú", "Bảo", "Chiến", "Hòa",
];

pub(crate) const TEN_NU: &[&str] = &[
    "Anh", "Hà", "Hằng", "Hạnh", "Hiền", "Hoa", "Huệ", "Hương", "Lan", "Liên", "Linh", "Loan",
    "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Thanh",
    "Thủy", "Trang", "Tuyết", "Vân", "Yến", "Dung", "Duyên", "Giang", "Hồng", "Lê", "Nhàn",
    "Thu", "Trâm", "Uyên", "Xuân",
];

/// Syllables for place names ("Hòa Bình", "Phúc Lợi").
pub(crate) const SYLLABLES: &[&str] = &[
    "An", "Bình", "Hòa", "Phú", "Thịnh", "Long", "Tân", "Đông", "Tây", "Nam", "Bắc", "Hưng",
    "Thành", "Minh", "Quang", "Phúc", "Lợi", "Thạch", "Ngọc", "Giang", "Hà", "Sơn", "Thủy",
    "Trung", "Hải", "Yên", "Vĩnh", "Khánh", "Định", "Hồng", "Đức", "Nghĩa", "Tiến", "Thắng",
    "Lâm", "Mỹ", "Hiệp", "Thuận", "Phong", "Xuân", "Thanh", "Đồng", "Kim", "Liên", "Quỳnh",
    "Cát", "Lạc", "Bảo", "Tường", "Hậu", "Trường", "Thái", "Hoàng", "Gia", "Vạn", "Cẩm",
];

/// The wards of Quận Long Biên (2003–2025), for the district data set.
pub(crate) const LONG_BIEN: &[&str] = &[
    "Thượng Thanh", "Ngọc Thụy", "Giang Biên", "Đức Giang", "Việt Hưng", "Gia Thụy", "Ngọc Lâm",
    "Phúc Lợi", "Bồ Đề", "Sài Đồng", "Long Biên", "Thạch Bàn", "Phúc Đồng", "Cự Khối",
];

/// The 34 provinces and centrally-run cities since 1 July 2025 (cities first).
pub(crate) const PROVINCES: &[(&str, bool)] = &[
    ("Hà Nội", true), ("Huế", true), ("Hải Phòng", true), ("Đà Nẵng", true),
    ("Hồ Chí Minh", true), ("Cần Thơ", true),
    ("Tuyên Quang", false), ("Lào Cai", false), ("Thái Nguyên", false), ("Phú Thọ", false),
    ("Bắc Ninh", false), ("Hưng Yên", false), ("Ninh Bình", false), ("Quảng Trị", false),
    ("Quảng Ngãi", false), ("Gia Lai", false), ("Khánh Hòa", false), ("Lâm Đồng", false),
    ("Đắk Lắk", false), ("Đồng Nai", false), ("Tây Ninh", false), ("Vĩnh Long", false),
    ("Đồng Tháp", false), ("Cà Mau", false), ("An Giang", false), ("Cao Bằng", false),
    ("Điện Biên", false), ("Hà Tĩnh", false), ("Lai Châu", false), ("Lạng Sơn", false),
    ("Nghệ An", false), ("Quảng Ninh", false), ("Thanh Hóa", false), ("Sơn La", false),
];

/// Departments (sở) of a provincial People's Committee after the 2025 reorganisation.
pub(crate) const SO: &[&str] = &[
    "Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Sở Xây dựng", "Sở Công Thương",
    "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo",
    "Sở Y tế", "Sở Văn hóa và Thể thao", "Sở Du lịch", "Sở Dân tộc và Tôn giáo",
    "Sở Ngoại vụ", "Sở Quy hoạch – Kiến trúc", "Thanh tra", "Ban Quản lý các khu công nghiệp",
    "Ban Quản lý dự án đầu tư xây dựng", "Sở Văn hóa, Thể thao và Du lịch",
];

/// Offices inside a department.
pub(crate) const SO_PHONG: &[&str] = &[
    "Văn phòng", "Phòng Tổ chức cán bộ", "Phòng Kế hoạch – Tài chính", "Thanh tra",
    "Phòng Quản lý chuyên ngành", "Phòng Pháp chế", "Phòng Chuyển đổi số",
];

/// Specialised offices of a district People's Committee (three-tier shape).
pub(crate) const QUAN_PHONG: &[&str] = &[
    "Văn phòng HĐND và UBND", "Phòng Nội vụ", "Phòng Tài chính – Kế hoạch", "Phòng Tư pháp",
    "Phòng Kinh tế", "Phòng Quản lý đô thị", "Phòng Tài nguyên và Môi trường",
    "Phòng Văn hóa và Thông tin", "Phòng Giáo dục và Đào tạo", "Phòng Y tế",
    "Phòng Lao động – Thương binh và Xã hội", "Thanh tra",
];

pub(crate) const TASK_VERBS: &[&str] = &[
    "Tổ chức hội nghị quán triệt, triển khai",
    "Rà soát, đôn đốc",
    "Xây dựng kế hoạch",
    "Kiểm tra, giám sát",
    "Tuyên truyền, phổ biến",
    "Sơ kết, đánh giá",
    "Triển khai thực hiện",
    "Hoàn thiện hồ sơ",
    "Tham mưu ban hành văn bản chỉ đạo",
    "Tăng cường",
    "Đẩy mạnh",
    "Nâng cao chất lượng",
    "Báo cáo kết quả",
    "Chỉ đạo, hướng dẫn",
    "Tổ chức thực hiện",
];

pub(crate) const TASK_OBJECTS: &[&str] = &[
    "công tác cải cách hành chính",
    "công tác chuyển đổi số",
    "công tác phòng cháy, chữa cháy",
    "công tác phát triển đảng viên",
    "việc thực hiện quy chế dân chủ ở cơ sở",
    "công tác thu ngân sách nhà nước",
    "công tác giải phóng mặt bằng các dự án",
    "công tác quản lý trật tự xây dựng",
    "công tác bảo đảm vệ sinh môi trường",
    "phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”",
    "công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
    "công tác phòng, chống tham nhũng, lãng phí",
    "công tác kiểm tra, giám sát của Đảng",
    "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "công tác bảo đảm an ninh chính trị, trật tự an toàn xã hội",
    "công tác an toàn giao thông",
    "công tác an toàn thực phẩm",
    "công tác dân số, y tế cơ sở",
    "chương trình mục tiêu quốc gia xây dựng nông thôn mới",
    "công tác chăm lo đối tượng chính sách, người có công",
    "công tác giảm nghèo bền vững",
    "việc chỉnh trang đô thị, hè phố",
    "công tác quản lý đất đai",
    "việc triển khai Đề án 06 về dữ liệu dân cư",
    "việc giải ngân vốn đầu tư công",
    "công tác tuyển chọn, gọi công dân nhập ngũ",
    "công tác bồi dưỡng lý luận chính trị cho đảng viên",
    "việc sắp xếp, kiện toàn tổ chức bộ máy",
    "công tác thi đua, khen thưởng",
    "công tác xây dựng tổ dân phố, thôn văn minh",
    "việc thực hiện các chỉ tiêu kinh tế – xã hội năm",
    "công tác thông tin đối ngoại",
    "công tác phòng, chống thiên tai và tìm kiếm cứu nạn",
    "việc xử lý vi phạm hành lang an toàn giao thông",
    "công tác quản lý giáo dục, đào tạo",
    "việc cấp giấy chứng nhận quyền sử dụng đất",
    "công tác phổ biến, giáo dục pháp luật",
    "việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
];

pub(crate) const EXPECTED_OUTPUTS: &[&str] = &[
    "Báo cáo kết quả thực hiện",
    "Kế hoạch được ban hành",
    "Hội nghị được tổ chức",
    "Văn bản chỉ đạo được ban hành",
    "Biên bản kiểm tra",
    "Hồ sơ hoàn chỉnh",
];

pub(crate) const PLAN_TOPICS: &[&str] = &[
    "thực hiện nhiệm vụ phát triển kinh tế – xã hội",
    "công tác kiểm tra, giám sát",
    "thực hiện công tác cải cách hành chính",
    "chuyển đổi số và phát triển chính quyền số",
    "công tác tuyên giáo và dân vận",
    "thực hiện Nghị quyết số 57-NQ/TW về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    "thực hiện Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp",
    "công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
    "bảo đảm trật tự, an toàn giao thông",
    "công tác xây dựng Đảng và hệ thống chính trị",
    "thực hiện quy chế dân chủ ở cơ sở",
    "công tác bảo vệ môi trường",
    "công tác quốc phòng, quân sự địa phương",
    "phát triển văn hóa, xây dựng con người",
    "công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    "thực hiện các chương trình mục tiêu quốc gia",
];

pub(crate) const REPORT_BODIES: &[&str] = &[
    "Đã xây dựng kế hoạch chi tiết và phân công cán bộ thực hiện.",
    "Đã tổ chức triển khai, đang tổng hợp kết quả.",
    "Đã hoàn thành phần lớn khối lượng công việc theo kế hoạch.",
    "Đang phối hợp với các đơn vị liên quan để thực hiện.",
    "Đã tổ chức hội nghị, đang hoàn thiện báo cáo.",
    "Đã rà soát, lập danh sách; đang xử lý các trường hợp tồn đọng.",
];

pub(crate) const EXTENSION_REASONS: &[&str] = &[
    "Cần thêm thời gian phối hợp với các đơn vị liên quan.",
    "Phải chờ ý kiến hướng dẫn của cấp trên.",
    "Khối lượng công việc phát sinh lớn hơn dự kiến.",
    "Vướng mắc về hồ sơ, thủ tục cần xử lý.",
];

pub(crate) const CANCEL_REASONS: &[&str] = &[
    "Nhiệm vụ không còn phù hợp sau khi sắp xếp tổ chức bộ máy.",
    "Đã được lồng ghép vào nhiệm vụ khác.",
    "Theo chỉ đạo điều chỉnh kế hoạch của cấp ủy.",
];

/// Target indicators: name, unit of measure, higher is better, planned range at commune
/// level, decimals, multiplier at provincial level (None: same value).
pub(crate) struct Indicator {
    pub name: &'static str,
    pub uom: &'static str,
    pub higher: bool,
    pub lo: f64,
    pub hi: f64,
    pub decimals: i32,
    pub province_factor: f64,
}

const fn ind(name: &'static str, uom: &'static str, higher: bool, lo: f64, hi: f64, decimals: i32, province_factor: f64) -> Indicator {
    Indicator { name, uom, higher, lo, hi, decimals, province_factor }
}

pub(crate) const INDICATORS: &[Indicator] = &[
    ind("Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", true, 20.0, 400.0, 1, 80.0),
    ind("Tỷ lệ hộ nghèo", "%", false, 0.3, 3.0, 2, 1.0),
    ind("Tỷ lệ người dân tham gia bảo hiểm y tế", "%", true, 92.0, 97.0, 1, 1.0),
    ind("Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", "%", true, 95.0, 99.5, 1, 1.0),
    ind("Tỷ lệ hồ sơ tiếp nhận trực tuyến toàn trình", "%", true, 50.0, 80.0, 1, 1.0),
    ind("Kết nạp đảng viên mới", "đảng viên", true, 10.0, 40.0, 0, 100.0),
    ind("Tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên", "%", true, 85.0, 95.0, 0, 1.0),
    ind("Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa", "%", true, 88.0, 95.0, 1, 1.0),
    ind("Tỷ lệ tổ dân phố, thôn đạt danh hiệu văn hóa", "%", true, 80.0, 95.0, 1, 1.0),
    ind("Số vụ vi phạm trật tự xây dựng", "vụ", false, 3.0, 20.0, 0, 100.0),
    ind("Tỷ lệ thu gom, xử lý rác thải sinh hoạt", "%", true, 95.0, 100.0, 1, 1.0),
    ind("Số lao động được tạo việc làm mới", "người", true, 200.0, 1500.0, 0, 120.0),
    ind("Tỷ lệ trẻ em trong độ tuổi được tiêm chủng đầy đủ", "%", true, 95.0, 99.0, 1, 1.0),
    ind("Tỷ lệ trường học đạt chuẩn quốc gia", "%", true, 70.0, 95.0, 1, 1.0),
    ind("Số vụ tai nạn giao thông", "vụ", false, 2.0, 15.0, 0, 100.0),
    ind("Số vụ cháy, nổ", "vụ", false, 0.0, 3.0, 0, 100.0),
    ind("Tỷ lệ đơn thư khiếu nại, tố cáo được giải quyết", "%", true, 90.0, 98.0, 1, 1.0),
    ind("Tỷ lệ giải ngân vốn đầu tư công", "%", true, 90.0, 100.0, 1, 1.0),
    ind("Diện tích giải phóng mặt bằng hoàn thành", "ha", true, 2.0, 30.0, 1, 100.0),
    ind("Số hộ được cấp giấy chứng nhận quyền sử dụng đất", "hộ", true, 20.0, 300.0, 0, 100.0),
    ind("Tỷ lệ dân số có hồ sơ sức khỏe điện tử", "%", true, 80.0, 95.0, 1, 1.0),
    ind("Tỷ lệ chất thải rắn được phân loại tại nguồn", "%", true, 30.0, 70.0, 1, 1.0),
    ind("Số doanh nghiệp thành lập mới", "doanh nghiệp", true, 20.0, 300.0, 0, 100.0),
];

pub(crate) const ROMAN: &[&str] = &["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
