/**
 * The labelled corpus the understanding learns from: first messages as citizens type them to a province's Official
 * Account (no diacritics, typos, Telex leftovers, abbreviations, questions, codes inside sentences, English, out of
 * scope), each labelled with the shipped flow that should answer it (`none`: out of scope, the fallback), none of them
 * a flow's own example or keyword. The intent classifier (`intent-classifier.ts`) trains on it with the release's
 * flow examples; labels of flows a release does not publish are left out.
 *
 * It grew in batches: each was written blind (from the list of labels only) as a held-out batch, measured the matcher
 * as it then stood, and joined the corpus once its misses had been studied (its name keeps when it was written;
 * docs/understanding.md keeps the history). The held-out batches that measure the understanding now are not here:
 * they are in the tests' fixtures and are never learnt from.
 */
export interface LabelledMessage {
  text: string;
  /** A shipped flow's id, or `none`. */
  expected: string;
  /** Held-out batches only (the tests' fixtures): never learnt from, never tuned on. */
  holdout?: boolean;
  /** Which batch it was written in. */
  batch: string;
}

const CODE = '000.00.15.H02-221205-0001';
const CODE_LOOSE = '000.00.15.h02 221205 0001';
const TAX = '2300900005';
const CODE_OTHER = '000.00.15.H02-230118-0042';
const TAX_OTHER = '0101243150';

const tune: [string, string][] = [
  // Dossier lookup by code
  ['tra cứu hồ sơ giúp em', 'dossier'],
  ['tra cuu ho so giup em voi', 'dossier'],
  ['kiem tra ho so dum em', 'dossier'],
  ['ho so cua em den dau roi a', 'dossier'],
  ['hồ sơ em nộp tuần trước giờ sao rồi ạ', 'dossier'],
  ['cho hỏi hồ sơ đã có kết quả chưa', 'dossier'],
  ['bao giờ trả kết quả hồ sơ vậy ạ', 'dossier'],
  ['hs cua toi da xong chua', 'dossier'],
  ['xem tình trạng hồ sơ', 'dossier'],
  ['tinh trang ho so the nao roi', 'dossier'],
  [`${CODE}`, 'dossier'],
  [`mã hồ sơ ${CODE}`, 'dossier'],
  [`ho so ${CODE_LOOSE} den dau roi`, 'dossier'],
  [`${CODE} ạ`, 'dossier'],
  [`em muốn hỏi hồ sơ ${CODE} khi nào có kết quả`, 'dossier'],
  [`check ${CODE}`, 'dossier'],
  ['dossier status please', 'dossier'],
  ['I want to check my application status', 'dossier'],
  ['hồ sơ quá hạn rồi mà chưa thấy trả', 'dossier'],
  ['tra cứu tiến độ giải quyết hồ sơ', 'dossier'],
  // My dossiers by phone
  ['xem các hồ sơ tôi đã nộp', 'my_dossiers'],
  ['em quên mã hồ sơ rồi', 'my_dossiers'],
  ['ko nho ma ho so', 'my_dossiers'],
  ['danh sách hồ sơ của em', 'my_dossiers'],
  ['show my applications', 'my_dossiers'],
  ['list all my dossiers', 'my_dossiers'],
  // Procedures
  ['thủ tục khai sinh cho bé', 'procedure'],
  ['lam giay khai sinh can nhung gi', 'procedure'],
  ['đăng kí kết hôn cần giấy tờ gì ạ', 'procedure'],
  ['thu tuc dang ky ket hon', 'procedure'],
  ['làm cccd ở đâu', 'procedure'],
  ['xin giay phep xay dung nha o', 'procedure'],
  ['thủ tục đăng ký thường trú', 'procedure'],
  ['nhập hộ khẩu cho con cần gì', 'procedure'],
  ['làm lý lịch tư pháp mất bao lâu', 'procedure'],
  ['muon dang ky ho kinh doanh ban hang', 'procedure'],
  ['khai tu cho ba can giay to gi', 'procedure'],
  ['tthc', 'procedure'],
  ['thu tuc hanh chinh cap xa', 'procedure'],
  ['how do I get married here', 'procedure'],
  ['how to register a death', 'procedure'],
  ['building permit', 'procedure'],
  ['procedure for birth registration', 'procedure'],
  ['lệ phí làm giấy khai sinh bao nhiêu', 'procedure'],
  ['cấp lại giấy khai sinh bị mất', 'procedure'],
  ['trợ cấp cho người già', 'procedure'],
  // Business
  [`mst ${TAX}`, 'business'],
  [TAX, 'business'],
  [`tra cứu mã số thuế ${TAX}`, 'business'],
  [`cty ${TAX} con hoat dong khong`, 'business'],
  ['tra cuu dn', 'business'],
  ['tra mst', 'business'],
  ['kiểm tra thông tin công ty', 'business'],
  ['look up a business by tax code', 'business'],
  [`tax code ${TAX}`, 'business'],
  // Follows
  ['tôi đang theo dõi những hồ sơ nào', 'follows'],
  ['which dossiers am I following', 'follows'],
  [`theo dõi hồ sơ ${CODE}`, 'dossier_follow'],
  [`bỏ theo dõi hồ sơ ${CODE}`, 'dossier_unfollow'],
  ['bo theo doi ho so nay di', 'dossier_unfollow'],
  ['không muốn nhận thông báo hồ sơ nữa', 'dossier_unfollow'],
  // Feedback
  ['phan anh viec nay', 'feedback'],
  ['tôi muốn phản ánh đèn đường hỏng', 'feedback'],
  ['đường trước nhà em bị ổ gà to lắm', 'feedback'],
  ['rác để mấy ngày không ai thu', 'feedback'],
  ['gop y ve thai do can bo', 'feedback'],
  ['kiến nghị sửa đường', 'feedback'],
  ['khu em bị ngập nước mỗi khi mưa', 'feedback'],
  ['hàng xóm hát karaoke ồn quá', 'feedback'],
  ['I want to report a broken street light', 'feedback'],
  // My feedback and tickets
  ['phan anh em gui da duoc tra loi chua', 'my_feedback'],
  ['xem các phản ánh đã gửi', 'my_feedback'],
  ['PA-ZL-2026-000123', 'feedback_ticket'],
  ['pa zl 2026 15 sao rồi', 'feedback_ticket'],
  // Handoff and help
  ['cho em noi chuyen voi can bo', 'handoff'],
  ['tôi muốn gặp người thật', 'handoff'],
  ['can nguoi ho tro truc tiep', 'handoff'],
  ['talk to a human', 'handoff'],
  ['số điện thoại đường dây nóng', 'help'],
  ['giờ làm việc của bộ phận một cửa', 'help'],
  ['dia chi trung tam hanh chinh cong', 'help'],
  // Menu, language, welcome
  ['bạn giúp được những gì', 'menu'],
  ['what else can you do', 'menu'],
  ['doi ngon ngu giup minh', 'language'],
  ['change the language', 'language'],
  ['bạn là ai vậy', 'welcome'],
  // Out of scope
  ['giá vàng hôm nay', 'none'],
  ['thời tiết mai thế nào', 'none'],
  ['ai vô địch world cup', 'none'],
  ['bán xe máy cũ', 'none'],
  ['tỷ giá đô la', 'none'],
  ['xổ số miền bắc hôm nay', 'none'],
  ['kết quả bóng đá', 'none'],
  ['cho vay tiền nhanh', 'none'],
];

const holdout: [string, string][] = [
  ['hồ sơ nộp ở xã khi nào xong vậy ad', 'dossier'],
  ['tra giúp em cái hồ sơ với', 'dossier'],
  ['hồ sơ của mình đang xử lý tới đâu rồi', 'dossier'],
  ['tra cuws hoof sow', 'dossier'],
  [`Mã hồ sơ của tôi là ${CODE}`, 'dossier'],
  [`ma hs ${CODE_LOOSE}`, 'dossier'],
  [`anh chị xem giúp em hồ sơ ${CODE} với ạ`, 'dossier'],
  [`${CODE} sao lâu vậy`, 'dossier'],
  ['where is my dossier now', 'dossier'],
  [`status of ${CODE}`, 'dossier'],
  ['em không nhớ mã hồ sơ thì tra sao', 'my_dossiers'],
  ['xem hồ sơ đứng tên em', 'my_dossiers'],
  ['I lost the receipt with the code', 'my_dossiers'],
  ['khai sinh', 'procedure'],
  ['kết hôn', 'procedure'],
  ['làm căn cước công dân cần gì', 'procedure'],
  ['thủ tục cấp giấy khai sinh', 'procedure'],
  ['how do I register a birth', 'procedure'],
  ['đăng ký tạm trú cho người thuê trọ', 'procedure'],
  ['xin giấy phép kinh doanh hộ gia đình', 'procedure'],
  ['làm sổ đỏ cần những gì', 'procedure'],
  ['làm lại cmnd bị mất', 'procedure'],
  ['thủ tục xin trợ cấp người cao tuổi', 'procedure'],
  ['marriage registration documents', 'procedure'],
  [`tra cứu mst ${TAX} giúp em`, 'business'],
  ['cong ty nay con hoat dong ko', 'business'],
  ['company lookup', 'business'],
  ['dn', 'business'],
  ['muốn phản ánh việc đổ trộm rác', 'feedback'],
  ['cống nhà em bị tắc bốc mùi', 'feedback'],
  ['cây đổ chắn đường', 'feedback'],
  ['there is a pothole in my street', 'feedback'],
  ['phản ánh em gửi hôm qua sao rồi', 'my_feedback'],
  ['gap can bo duoc khong', 'handoff'],
  ['cho tôi nói chuyện với nhân viên', 'handoff'],
  ['I need to speak to someone', 'handoff'],
  ['sáng mấy giờ mở cửa vậy', 'help'],
  ['địa chỉ ủy ban ở đâu', 'help'],
  ['contact number', 'help'],
  ['chọn ngôn ngữ khác', 'language'],
  ['mua vé máy bay', 'none'],
  ['giá xăng', 'none'],
  ['nhạc hay', 'none'],
  ['what is the weather tomorrow', 'none'],
  ['tuyển dụng giáo viên', 'none'],
];

// Written in one go before any tuning of this round (and split before looking at any result); the second list is
// held out and never tuned on.
const moreTune: [string, string][] = [
  ['e muon hoi ve ho so cap phep xay dung da nop', 'dossier'],
  ['giấy tờ làm sổ hộ nghèo', 'procedure'],
  ['phản ánh trạm bơm gây ồn', 'feedback'],
  ['tiền điện tháng này', 'none'],
  ['cho em tra cứu thông tin công ty với', 'business'],
  ['hs em nop thang truoc van chua thay goi', 'dossier'],
  ['hồ sơ bị trễ hẹn thì sao ạ', 'dossier'],
  ['tra cuu tinh trang hs', 'dossier'],
  ['ho so da duoc duyet chua vay', 'dossier'],
  ['xem tien do ho so', 'dossier'],
  ['hồ sơ khi nào có kết quả', 'dossier'],
  ['bao h co ket qua ho so a', 'dossier'],
  [`hồ sơ số ${CODE} sao rồi`, 'dossier'],
  [`kiem tra giup em ma ${CODE}`, 'dossier'],
  [`cho hỏi ${CODE} đã trả kết quả chưa`, 'dossier'],
  [`tra giúp mã ${CODE}`, 'dossier'],
  [`${CODE_LOOSE}`, 'dossier'],
  [`what is the status of ${CODE}`, 'dossier'],
  ['hồ sơ đất nộp ở huyện bao giờ xong', 'dossier'],
  ['ho so sao lau the', 'dossier'],
  ['hồ sơ trả kết quả chưa ad ơi', 'dossier'],
  ['mất giấy hẹn nên không biết mã hồ sơ', 'my_dossiers'],
  ['liệt kê hồ sơ của em', 'my_dossiers'],
  ['danh sach hs cua toi', 'my_dossiers'],
  ['tra hồ sơ bằng số điện thoại', 'my_dossiers'],
  ['all the applications I submitted', 'my_dossiers'],
  ['thủ tục làm giấy khai sinh', 'procedure'],
  ['đăng ký khai sinh cho bé cần giấy tờ gì', 'procedure'],
  ['đăng ký kết hôn cần gì', 'procedure'],
  ['thủ tục cấp cccd gắn chip', 'procedure'],
  ['cấp đổi căn cước', 'procedure'],
  ['tthc cấp giấy phép xây dựng', 'procedure'],
  ['giấy phép xây dựng nhà ở riêng lẻ', 'procedure'],
  ['cap so do lan dau', 'procedure'],
  ['chuyển mục đích sử dụng đất', 'procedure'],
  ['dang ky thuong tru cho vo', 'procedure'],
  ['xác nhận tình trạng hôn nhân', 'procedure'],
  ['làm lý lịch tư pháp', 'procedure'],
  ['chứng thực bản sao', 'procedure'],
  ['thành lập doanh nghiệp cần gì', 'procedure'],
  ['thủ tục thành lập công ty', 'procedure'],
  ['trợ cấp thất nghiệp', 'procedure'],
  ['hỗ trợ người khuyết tật', 'procedure'],
  ['làm hộ chiếu ở đâu', 'procedure'],
  ['đổi bằng lái xe', 'procedure'],
  ['tra cứu thủ tục hành chính', 'procedure'],
  ['hồ sơ làm giấy khai sinh gồm những gì', 'procedure'],
  ['how to apply for a building permit', 'procedure'],
  ['birth certificate', 'procedure'],
  ['how to get an id card', 'procedure'],
  ['le phi cap so do bao nhieu', 'procedure'],
  [`${TAX} la cong ty gi`, 'business'],
  [`ma so thue ${TAX}`, 'business'],
  [`cty có mst ${TAX} còn hoạt động không`, 'business'],
  [`check company ${TAX}`, 'business'],
  ['tra cuu thong tin doanh nghiep', 'business'],
  ['kiểm tra công ty có thật không', 'business'],
  ['tra cứu mst', 'business'],
  ['công ty này còn hoạt động không', 'business'],
  ['find a company', 'business'],
  ['is this company still active', 'business'],
  ['mình theo dõi những hs nào', 'follows'],
  [`theo doi ${CODE}`, 'dossier_follow'],
  [`follow ${CODE}`, 'dossier_follow'],
  ['unfollow this dossier', 'dossier_unfollow'],
  ['đèn đường ngõ em tắt mấy hôm nay', 'feedback'],
  ['nước thải chảy ra đường', 'feedback'],
  ['quán nhậu ồn ào đến khuya', 'feedback'],
  ['xe tải chạy quá tải làm hỏng đường', 'feedback'],
  ['to cao can bo nhan hoi lo', 'feedback'],
  ['ống nước bị vỡ', 'feedback'],
  ['mất nước cả tuần', 'feedback'],
  ['xây dựng trái phép cạnh nhà', 'feedback'],
  ['phan anh ve o nhiem moi truong', 'feedback'],
  ['report illegal construction', 'feedback'],
  ['I have a complaint', 'feedback'],
  ['xem phan anh cua toi', 'my_feedback'],
  ['phản ánh số PA-ZL-2026-000077', 'feedback_ticket'],
  ['cho gap nhan vien tu van', 'handoff'],
  ['gặp tổng đài viên', 'handoff'],
  ['bot không hiểu, cho gặp người thật', 'handoff'],
  ['cần cán bộ tư vấn trực tiếp', 'handoff'],
  ['connect me to an officer', 'handoff'],
  ['hotline bao nhiêu', 'help'],
  ['mấy giờ làm việc', 'help'],
  ['bộ phận một cửa ở đâu', 'help'],
  ['giờ mở cửa', 'help'],
  ['where is the office', 'help'],
  ['menu', 'menu'],
  ['bot làm được gì', 'menu'],
  ['xem danh muc', 'menu'],
  ['đổi sang tiếng anh', 'language'],
  ['tiếng việt', 'language'],
  ['alo', 'welcome'],
  ['lịch chiếu phim', 'none'],
  ['tuyển nhân viên bán hàng', 'none'],
  ['gia vang sjc', 'none'],
  ['mấy giờ rồi', 'none'],
  ['tin tức mới nhất', 'none'],
  ['cho thuê phòng trọ', 'none'],
  ['who won the match', 'none'],
  ['bitcoin price', 'none'],
  ['lich thi dau bong da', 'none'],
  ['giá cà phê hôm nay', 'none'],
  ['xem giúp hồ sơ mình với', 'dossier'],
  ['hồ sơ cấp sổ đỏ của em tới đâu rồi', 'dossier'],
  ['tra cuu hoso', 'dossier'],
  [`${CODE} đang ở đâu rồi ạ`, 'dossier'],
  [`hồ sơ ${CODE} bị trả lại à`, 'dossier'],
  ['mất biên nhận hồ sơ', 'my_dossiers'],
  ['lam lai cccd bi mat', 'procedure'],
  ['sổ đỏ', 'procedure'],
  ['thủ tục hộ kinh doanh', 'procedure'],
  ['tthc cap xa', 'procedure'],
  ['thu tuc lam so ho ngheo', 'procedure'],
  ['how do I get a birth certificate for my son', 'procedure'],
  ['land use certificate', 'procedure'],
  ['mst', 'business'],
  [`${TAX} con hoat dong ko`, 'business'],
  ['cong thoat nuoc bi tac', 'feedback'],
  ['rác thải bừa bãi ven sông', 'feedback'],
  ['đèn tín hiệu giao thông bị hỏng', 'feedback'],
  ['thái độ cán bộ tiếp dân không tốt', 'feedback'],
  ['streetlight broken near my house', 'feedback'],
  ['danh sách phản ánh của em', 'my_feedback'],
  ['cho nói chuyện với cán bộ', 'handoff'],
  ['gặp chuyên viên', 'handoff'],
  ['liên hệ ở đâu', 'help'],
  ['chủ nhật có làm không', 'help'],
  ['bắt đầu lại', 'menu'],
  ['hi', 'welcome'],
  ['mua bảo hiểm nhân thọ', 'none'],
  ['đặt đồ ăn', 'none'],
  ['how much is gold today', 'none'],
];

const moreHoldout: [string, string][] = [
  ['hồ sơ xin cấp phép của nhà em xong chưa', 'dossier'],
  ['thủ tục xin trích lục khai sinh', 'procedure'],
  ['vỉa hè bị chiếm làm bãi giữ xe', 'feedback'],
  ['giá điện bậc thang', 'none'],
  ['xem thông tin doanh nghiệp theo mst', 'business'],
  ['cho e hoi ho so cua e giai quyet xong chua a', 'dossier'],
  ['kiểm tra hs giúp mình', 'dossier'],
  ['hồ sơ của tôi đang ở bước nào', 'dossier'],
  ['tra cứu kết quả giải quyết hồ sơ', 'dossier'],
  ['hoof sow cuar em', 'dossier'],
  ['ktra ho so', 'dossier'],
  [`${CODE} xong chưa`, 'dossier'],
  [`${CODE} nhờ anh chị xem giúp`, 'dossier'],
  [`ma ho so la ${CODE_LOOSE} a`, 'dossier'],
  [`em nộp hồ sơ mã ${CODE} từ tuần trước`, 'dossier'],
  [`hs ${CODE}`, 'dossier'],
  [`my code is ${CODE}`, 'dossier'],
  ['check application progress', 'dossier'],
  ['hồ sơ nộp online đã được tiếp nhận chưa', 'dossier'],
  ['tình hình hồ sơ của em thế nào rồi ạ', 'dossier'],
  ['muốn biết hồ sơ đã xử lý chưa', 'dossier'],
  ['quen ma hs roi lam sao tra', 'my_dossiers'],
  ['cac ho so minh da nop', 'my_dossiers'],
  ['hồ sơ tôi đã nộp những gì', 'my_dossiers'],
  ['không có mã hồ sơ', 'my_dossiers'],
  ['tra ho so theo sdt', 'my_dossiers'],
  ['find my applications by phone number', 'my_dossiers'],
  ['lam khai sinh cho con can mang gi', 'procedure'],
  ['dang ki ket hon o dau', 'procedure'],
  ['kết hôn với người nước ngoài làm thủ tục gì', 'procedure'],
  ['lam cccd mat bao lau', 'procedure'],
  ['đổi cmnd sang cccd', 'procedure'],
  ['xin phep xay nha can gi', 'procedure'],
  ['thủ tục sang tên sổ đỏ', 'procedure'],
  ['tách thửa đất cần giấy tờ gì', 'procedure'],
  ['tach khau', 'procedure'],
  ['xin giay xac nhan doc than', 'procedure'],
  ['ly lich tu phap so 1', 'procedure'],
  ['cong chung giay to o dau', 'procedure'],
  ['thủ tục nhận con nuôi', 'procedure'],
  ['dang ky kinh doanh ho ca the', 'procedure'],
  ['xin cấp lại giấy khai sinh bản sao', 'procedure'],
  ['xin tro cap ho ngheo', 'procedure'],
  ['cấp thẻ bảo hiểm y tế cho trẻ em', 'procedure'],
  ['đăng ký xe máy', 'procedure'],
  ['cấp giấy phép kinh doanh rượu', 'procedure'],
  ['tthc đất đai', 'procedure'],
  ['muốn đăng ký kết hôn thì chuẩn bị hồ sơ gì', 'procedure'],
  ['what documents do I need for marriage', 'procedure'],
  ['register temporary residence', 'procedure'],
  ['business registration procedure', 'procedure'],
  ['thủ tục khai tử mất bao lâu', 'procedure'],
  [`kiểm tra mst ${TAX}`, 'business'],
  [`tra dn ${TAX}`, 'business'],
  ['tra mã số thuế công ty', 'business'],
  ['thông tin dn', 'business'],
  ['doanh nghiệp đã giải thể chưa', 'business'],
  ['check a tax code', 'business'],
  ['business lookup by tax number', 'business'],
  ['danh sách hồ sơ đang theo dõi', 'follows'],
  ['show the dossiers I follow', 'follows'],
  [`nhận thông báo khi hồ sơ ${CODE} có kết quả`, 'dossier_follow'],
  [`bo theo doi ${CODE}`, 'dossier_unfollow'],
  ['dung gui thong bao ho so nua', 'dossier_unfollow'],
  ['stop notifications about my dossier', 'dossier_unfollow'],
  ['phan anh hien truong', 'feedback'],
  ['muốn gửi kiến nghị', 'feedback'],
  ['duong bi sut lun nguy hiem', 'feedback'],
  ['có người lấn chiếm vỉa hè', 'feedback'],
  ['đốt rác gây khói', 'feedback'],
  ['cán bộ xã gây khó dễ', 'feedback'],
  ['góp ý cho ubnd xã', 'feedback'],
  ['cột điện nghiêng sắp đổ', 'feedback'],
  ['chó thả rông cắn người', 'feedback'],
  ['ô nhiễm tiếng ồn từ xưởng gỗ', 'feedback'],
  ['complain about garbage', 'feedback'],
  ['the road is flooded', 'feedback'],
  ['phản ánh của tôi xử lý chưa', 'my_feedback'],
  ['các kiến nghị tôi đã gửi', 'my_feedback'],
  ['PA-ZL-2026-000045 xử lý tới đâu rồi', 'feedback_ticket'],
  ['ticket PA-ZL-2026-000201', 'feedback_ticket'],
  ['muốn nói chuyện với người', 'handoff'],
  ['chuyen cho can bo giup em', 'handoff'],
  ['nhan vien oi', 'handoff'],
  ['human please', 'handoff'],
  ['can I chat with a real person', 'handoff'],
  ['thu 7 co lam viec khong', 'help'],
  ['địa chỉ trung tâm phục vụ hành chính công', 'help'],
  ['chức năng', 'menu'],
  ['english please', 'language'],
  ['switch to vietnamese', 'language'],
  ['giá lúa hôm nay', 'none'],
  ['cách nấu phở', 'none'],
  ['bán đất nền giá rẻ', 'none'],
  ['ket qua xo so', 'none'],
  ['hôm nay thứ mấy', 'none'],
  ['công thức làm bánh', 'none'],
  ['mua điện thoại trả góp', 'none'],
  ['cheap flights', 'none'],
  ['kể chuyện cười đi', 'none'],
  ['dự báo bão', 'none'],
  ['ho so cua toi toi dau r', 'dossier'],
  ['sao hồ sơ lâu thế', 'dossier'],
  ['hồ sơ đăng ký kinh doanh nộp rồi chờ bao lâu nữa', 'dossier'],
  ['trạng thái hồ sơ', 'dossier'],
  [`ad oi ho so ${CODE_LOOSE} sao roi`, 'dossier'],
  ['tôi không có mã, muốn xem hồ sơ của mình', 'my_dossiers'],
  ['những hồ sơ tôi nộp năm nay', 'my_dossiers'],
  ['làm giấy khai sinh', 'procedure'],
  ['giay khai sinh', 'procedure'],
  ['giấy chứng nhận kết hôn', 'procedure'],
  ['cccd', 'procedure'],
  ['hộ khẩu', 'procedure'],
  ['cấp phép xây dựng', 'procedure'],
  ['đăng ký thành lập doanh nghiệp', 'procedure'],
  ['thủ tục chứng thực chữ ký', 'procedure'],
  ['muốn làm giấy xác nhận cư trú', 'procedure'],
  ['marriage certificate', 'procedure'],
  ['tra cuu cong ty', 'business'],
  [`dn ${TAX}`, 'business'],
  ['phản ánh đường hư', 'feedback'],
  ['khu dân cư bị ngập sau mưa', 'feedback'],
  ['có người đổ phế thải ra đường', 'feedback'],
  ['cây xanh gãy cành nguy hiểm', 'feedback'],
  ['muốn khiếu nại', 'feedback'],
  ['phản ánh lúc trước gửi có kết quả chưa', 'my_feedback'],
  ['PA-ZL-2026-000310', 'feedback_ticket'],
  ['toi can nguoi giup', 'handoff'],
  ['speak to staff', 'handoff'],
  ['số hotline của tỉnh', 'help'],
  ['trợ giúp', 'menu'],
  ['chào ad', 'welcome'],
  ['giá heo hơi', 'none'],
  ['vay tín chấp', 'none'],
  ['phim hay', 'none'],
];

/**
 * A third held-out set, written in one go on 2026-12-02 before the vocabulary of problems, requirement questions and
 * dossier questions was added, and never tuned on.
 */
const freshHoldout: [string, string][] = [
  // Dossier status
  ['ho so cua toi xu ly toi dau roi', 'dossier'],
  ['hồ sơ chuyển quyền sử dụng đất của tôi tới đâu rồi', 'dossier'],
  ['nop ho so 2 tuan roi chua co ket qua', 'dossier'],
  ['sao hồ sơ của em lâu thế', 'dossier'],
  ['hồ sơ trễ hẹn rồi ai giải quyết', 'dossier'],
  ['em muon biet ho so da duoc duyet chua', 'dossier'],
  ['kiểm tra giúp tình trạng hồ sơ đất đai', 'dossier'],
  [`tra ${CODE}`, 'dossier'],
  [`${CODE_LOOSE} sao roi a`, 'dossier'],
  [`hồ sơ mã ${CODE} bị trả lại à`, 'dossier'],
  ['giấy hẹn ghi hôm nay trả kết quả mà chưa có', 'dossier'],
  ['đến hẹn lấy kết quả chưa vậy', 'dossier'],
  ['hs dang o buoc nao', 'dossier'],
  ['hồ sơ em làm tới bước nào rồi', 'dossier'],
  ['ho so bi tre han', 'dossier'],
  ['is my application approved yet', 'dossier'],
  ['where is my application now', 'dossier'],
  ['my dossier is late, any news', 'dossier'],
  // My dossiers by phone number
  ['xem danh sách hồ sơ đã nộp', 'my_dossiers'],
  ['tôi quên mã hồ sơ rồi', 'my_dossiers'],
  ['xem het ho so minh da nop', 'my_dossiers'],
  ['dùng sđt để xem hồ sơ được không', 'my_dossiers'],
  ['không nhớ mã hồ sơ thì tra sao', 'my_dossiers'],
  ['list my applications', 'my_dossiers'],
  // Procedures and requirements
  ['làm lại giấy khai sinh bị mất', 'procedure'],
  ['thu tuc cap lai can cuoc', 'procedure'],
  ['đổi bằng lái xe cần gì', 'procedure'],
  ['xin giấy phép kinh doanh quán ăn', 'procedure'],
  ['đăng ký tạm trú cho người thuê trọ', 'procedure'],
  ['thủ tục khai tử', 'procedure'],
  ['chuyen hokhau can giay to gi', 'procedure'],
  ['làm sổ đỏ mất bao lâu', 'procedure'],
  ['lệ phí đăng ký kết hôn bao nhiêu', 'procedure'],
  ['muốn mở hộ kinh doanh thì làm sao', 'procedure'],
  ['chứng thực bản sao ở đâu', 'procedure'],
  ['xin giấy độc thân để cưới', 'procedure'],
  ['thủ tục nhận con nuôi', 'procedure'],
  ['cấp phép xây nhà ở nông thôn', 'procedure'],
  ['đăng ký thường trú cần những gì', 'procedure'],
  ['hướng dẫn nộp hồ sơ trực tuyến cấp phiếu lý lịch tư pháp', 'procedure'],
  ['lam the bao hiem y te cho tre em', 'procedure'],
  ['cấp đổi giấy chứng nhận quyền sử dụng đất', 'procedure'],
  ['how to get a business license', 'procedure'],
  ['requirements for a construction permit', 'procedure'],
  ['what documents do I need to register a marriage', 'procedure'],
  ['thu tuc dang ky xe may', 'procedure'],
  // Feedback
  ['đèn đường trước nhà tôi không sáng mấy hôm nay', 'feedback'],
  ['nước thải chảy ra đường hôi quá', 'feedback'],
  ['có người lấn chiếm vỉa hè bán hàng', 'feedback'],
  ['karaoke hàng xóm hát tới 12h đêm', 'feedback'],
  ['mương thoát nước bị tắc', 'feedback'],
  ['duong lang bi sut lun nguy hiem', 'feedback'],
  ['cán bộ xã gây khó dễ khi làm hồ sơ', 'feedback'],
  ['rac chat dong o cho khong ai don', 'feedback'],
  ['xe tải chở đất làm rơi vãi ra đường', 'feedback'],
  ['nhà máy xả khói đen', 'feedback'],
  ['tôi muốn góp ý về thái độ phục vụ', 'feedback'],
  ['báo cáo vi phạm xây dựng trái phép', 'feedback'],
  ['cống bị vỡ nắp rất nguy hiểm', 'feedback'],
  ['bien bao giao thong bi do', 'feedback'],
  ['streetlight broken near the market', 'feedback'],
  ['I want to report illegal dumping', 'feedback'],
  ['gửi kiến nghị lên ủy ban', 'feedback'],
  // My feedback and a ticket number
  ['phan anh toi gui da co ai tra loi chua', 'my_feedback'],
  ['xem lại các phản ánh đã gửi', 'my_feedback'],
  ['kiến nghị của tôi giải quyết tới đâu rồi', 'my_feedback'],
  ['PA-ZL-2026-000123 thế nào rồi', 'feedback_ticket'],
  ['pa-zl-2026-000045', 'feedback_ticket'],
  // Business
  ['tra mã số thuế công ty', 'business'],
  ['kiem tra doanh nghiep con hoat dong khong', 'business'],
  [`${TAX} la cong ty gi`, 'business'],
  [`tra cứu mst ${TAX} giúp em`, 'business'],
  ['thông tin doanh nghiệp theo mã số thuế', 'business'],
  ['look up a company by tax code', 'business'],
  // Talk to a person
  ['cho tôi nói chuyện với người thật', 'handoff'],
  ['muốn gặp nhân viên hỗ trợ', 'handoff'],
  ['bot khong hieu, cho gap nguoi', 'handoff'],
  ['can bo truc o dau', 'handoff'],
  ['chat with an officer', 'handoff'],
  // Help and contacts
  ['số điện thoại đường dây nóng', 'help'],
  ['bộ phận một cửa ở đâu', 'help'],
  ['giờ làm việc buổi chiều', 'help'],
  ['sáng thứ 7 ủy ban có làm không', 'help'],
  ['where is your office', 'help'],
  // Menu, welcome, language
  ['về menu chính', 'menu'],
  ['các chức năng', 'menu'],
  ['hi', 'welcome'],
  ['chào trợ lý', 'welcome'],
  ['tieng anh', 'language'],
  ['speak vietnamese please', 'language'],
  // Follows, subscriptions, personal data
  ['những hồ sơ tôi đang theo dõi', 'follows'],
  ['không cần báo hồ sơ nữa', 'dossier_unfollow'],
  ['đăng ký nhận thông báo của xã', 'subscriptions'],
  ['nhận tin về lịch cắt điện', 'subscriptions'],
  ['ngừng gửi thông báo', 'unsubscribe'],
  ['đừng nhắn tin quảng bá cho tôi nữa', 'unsubscribe'],
  ['các bạn đang lưu thông tin gì của tôi', 'my_data'],
  ['xóa số điện thoại của tôi khỏi hệ thống', 'erase_my_data'],
  // Out of scope
  ['tỷ giá đô hôm nay', 'none'],
  ['lịch thi đấu bóng đá', 'none'],
  ['mua bán đất nền giá rẻ', 'none'],
  ['quán cà phê nào ngon', 'none'],
  ['xổ số miền bắc', 'none'],
  ['cách nấu phở', 'none'],
  ['tuyển dụng giáo viên tiếng anh', 'none'],
  ['weather tomorrow', 'none'],
  ['bán xe máy cũ', 'none'],
  ['kết quả bóng đá tối qua', 'none'],
];

/** Written at the start of a later session, before the changes it measures (none of them tuned on it). */
const laterHoldout: [string, string][] = [
  // Dossier status
  ['hồ sơ làm sổ đỏ của nhà em đã xong chưa ạ', 'dossier'],
  ['ho so cap doi gplx cua toi sao roi', 'dossier'],
  ['e nộp hồ sơ hôm thứ 2 mà giờ chưa thấy gì', 'dossier'],
  ['hồ sơ bị treo lâu quá', 'dossier'],
  ['kiem tra tien do ho so', 'dossier'],
  ['tra tình trạng hồ sơ giúp mình với', 'dossier'],
  [`hồ sơ số ${CODE} đã có kết quả chưa`, 'dossier'],
  [`${CODE} nhờ chị xem giúp`, 'dossier'],
  [`ma ho so la ${CODE_LOOSE}`, 'dossier'],
  [`kiểm tra giúp em ${CODE}`, 'dossier'],
  ['hồ sơ của tôi bị trả về là sao', 'dossier'],
  ['bao gio thi co ket qua ho so vay', 'dossier'],
  ['ho so dang xu ly o dau vay', 'dossier'],
  ['how is my application going', 'dossier'],
  ['check application status', 'dossier'],
  // My dossiers by phone number
  ['xem hết các hồ sơ tôi đã nộp', 'my_dossiers'],
  ['e mat giay hen roi lam sao tra ho so', 'my_dossiers'],
  ['tra hồ sơ theo số điện thoại', 'my_dossiers'],
  ['danh sách hồ sơ đứng tên tôi', 'my_dossiers'],
  ['show all my applications', 'my_dossiers'],
  // Procedures and requirements
  ['thủ tục đăng ký khai sinh cho con', 'procedure'],
  ['làm cccd gắn chip cần mang gì', 'procedure'],
  ['cap lai so ho khau', 'procedure'],
  ['xin trích lục khai sinh ở đâu', 'procedure'],
  ['đăng ký kết hôn với người nước ngoài cần giấy tờ gì', 'procedure'],
  ['tach thua dat can nhung gi', 'procedure'],
  ['thủ tục chuyển mục đích sử dụng đất', 'procedure'],
  ['giấy phép xây dựng nhà ở riêng lẻ', 'procedure'],
  ['thủ tục thành lập công ty tnhh', 'procedure'],
  ['le phi cap so do bao nhieu tien', 'procedure'],
  ['đăng ký tạm vắng', 'procedure'],
  ['xin xác nhận tình trạng hôn nhân', 'procedure'],
  ['đổi giấy phép lái xe quốc tế', 'procedure'],
  ['hồ sơ xin trợ cấp người cao tuổi gồm những gì', 'procedure'],
  ['thu tuc dang ky hkd', 'procedure'],
  ['cấp giấy chứng nhận an toàn thực phẩm', 'procedure'],
  ['how do I apply for a building permit', 'procedure'],
  ['procedure to register a newborn', 'procedure'],
  ['what do I need for a temporary residence', 'procedure'],
  // Feedback
  ['phản ánh về tiếng ồn công trình ban đêm', 'feedback'],
  ['đường trước ngõ nhà tôi ngập nước mỗi khi mưa', 'feedback'],
  ['cay xanh gay do chan duong', 'feedback'],
  ['trạm biến áp kêu to ảnh hưởng dân', 'feedback'],
  ['cho e phan anh viec do rac trai phep', 'feedback'],
  ['ổ gà giữa đường rất nguy hiểm', 'feedback'],
  ['có người đốt rác gây khói', 'feedback'],
  ['chó thả rông cắn người', 'feedback'],
  ['cán bộ một cửa thái độ không tốt', 'feedback'],
  ['đèn tín hiệu giao thông ngã tư bị hỏng', 'feedback'],
  ['nước máy bị đục mấy ngày nay', 'feedback'],
  ['quán nhậu lấn chiếm lòng đường', 'feedback'],
  ['kiến nghị làm lại cầu dân sinh', 'feedback'],
  ['góp ý cho trang dịch vụ công', 'feedback'],
  ['there is a big pothole on my street', 'feedback'],
  ['noise complaint about a factory', 'feedback'],
  // My feedback and a ticket number
  ['phản ánh của tôi đã được xử lý chưa', 'my_feedback'],
  ['xem cac phan anh cua toi', 'my_feedback'],
  ['góp ý hôm trước của em có ai đọc không', 'my_feedback'],
  ['the reports I sent', 'my_feedback'],
  ['PA-ZL-2026-000321 xử lý chưa', 'feedback_ticket'],
  ['phản ánh số pa-zl-2026-000077', 'feedback_ticket'],
  // Business
  ['tra cứu thông tin công ty', 'business'],
  [`mst ${TAX}`, 'business'],
  [`cong ty co ma so thue ${TAX} con hoat dong ko`, 'business'],
  ['tìm doanh nghiệp theo tên', 'business'],
  ['check a company please', 'business'],
  // Talk to a person
  ['cho mình gặp cán bộ', 'handoff'],
  ['tôi cần tư vấn trực tiếp', 'handoff'],
  ['nói chuyện với nhân viên', 'handoff'],
  ['gap tong dai vien', 'handoff'],
  ['can I talk to a person', 'handoff'],
  // Help and contacts
  ['địa chỉ trung tâm phục vụ hành chính công', 'help'],
  ['hotline bao nhiêu', 'help'],
  ['mấy giờ thì mở cửa', 'help'],
  ['what are your opening hours', 'help'],
  // Menu, welcome, language
  // What the bot can do is the menu's answer (the help flow gives contacts, address and hours): relabelled on 2026-12-03.
  ['bot này làm được gì', 'menu'],
  ['menu', 'menu'],
  ['quay lại từ đầu', 'menu'],
  ['xin chào ạ', 'welcome'],
  ['chao ban nhe', 'welcome'],
  ['english please', 'language'],
  ['cho đổi ngôn ngữ khác', 'language'],
  // Follows, subscriptions, personal data
  ['theo dõi hồ sơ này', 'dossier_follow'],
  ['danh sách hồ sơ đang theo dõi', 'follows'],
  ['bỏ theo dõi hồ sơ', 'dossier_unfollow'],
  ['nhận thông báo về tiêm chủng', 'subscriptions'],
  ['hủy đăng ký nhận tin nhắn', 'unsubscribe'],
  ['tôi muốn xem dữ liệu cá nhân của mình', 'my_data'],
  ['xoá hết thông tin của tôi đi', 'erase_my_data'],
  // Out of scope
  ['giá xăng hôm nay', 'none'],
  ['cho vay tiền nhanh', 'none'],
  ['dự báo thời tiết hà nội', 'none'],
  ['bạn có người yêu chưa', 'none'],
  ['kèo bóng đá tối nay', 'none'],
  ['mua sim số đẹp', 'none'],
  ['học tiếng anh ở đâu tốt', 'none'],
  ['công thức làm bánh mì', 'none'],
  ['how much is a flight to Saigon', 'none'],
  ['sửa máy giặt tại nhà', 'none'],
];

/**
 * A fifth held-out set, written in one go on 2026-12-02 by someone who had not read the matcher, its word lists or the
 * flows' examples, and never tuned on. Codes other than the ones above are made up in the same formats. Eight messages
 * that turned out to be flows' own examples (the check below) were replaced by new ones written the same way.
 */
const batch5: [string, string][] = [
  // Dossier status
  ['cho em hỏi hồ sơ cấp đổi sổ đỏ của em giờ tới khâu nào rồi ạ', 'dossier'],
  ['ho so nha em nop o mot cua huyen gan 1 thang chua thay tra', 'dossier'],
  ['hs của e đã có kq chưa ạ', 'dossier'],
  [`${CODE} hôm nay có trả được không ạ`, 'dossier'],
  [`a ơi check giúp e hồ sơ ${CODE} với, quá hẹn 3 hôm rồi`, 'dossier'],
  [`${CODE_OTHER} cua em sap xong chua a`, 'dossier'],
  [`hồ sơ ${CODE_OTHER} của tôi đang nằm ở phòng nào`, 'dossier'],
  ['tra cuu ket qua ho so dat dai giup minh', 'dossier'],
  ['nộp trên dịch vụ công rồi giờ xem kết quả ở đâu', 'dossier'],
  ['hồ sơ bị yêu cầu bổ sung là sao vậy', 'dossier'],
  ['hồ sơ cấp phép xây dựng nộp từ tháng trước giờ chưa thấy ai gọi', 'dossier'],
  ['hoof sow cuar toi xong chuwa', 'dossier'],
  ['tra cứ hò sơ giùm e', 'dossier'],
  ['kiểm tra hồ sơ đăng ký kinh doanh đã duyệt chưa', 'dossier'],
  ['e muốn biết hồ sơ chuyển nhượng đất đã ký chưa', 'dossier'],
  [`${CODE_LOOSE} đã có kết quả chưa vậy ad`, 'dossier'],
  [`hồ sơ của mẹ em mã ${CODE} ạ, nhờ xem giúp`, 'dossier'],
  ['bao giờ em được lấy kết quả hồ sơ vậy', 'dossier'],
  ['hồ sơ trợ cấp của bố em xét tới đâu rồi', 'dossier'],
  ['hồ sơ quá hạn cả tuần không ai báo gì', 'dossier'],
  ['hồ sơ xin giấy phép kinh doanh của tôi đã được duyệt chưa', 'dossier'],
  ['hs nop hom 15 den nay chua co ket qua la sao', 'dossier'],
  ['cho hỏi tiến độ hồ sơ của em với ạ', 'dossier'],
  ['tra ho so nha', 'dossier'],
  [`Can you check my dossier ${CODE_OTHER}`, 'dossier'],
  ['is my paperwork done yet', 'dossier'],
  ['any update on my file?', 'dossier'],
  [`any news on ${CODE}`, 'dossier'],
  // My dossiers by phone number
  ['e làm mất phiếu hẹn, xem hồ sơ kiểu gì ạ', 'my_dossiers'],
  ['tôi có mấy hồ sơ đang nộp vậy', 'my_dossiers'],
  ['kiểm tra tất cả hồ sơ theo số đt của tôi', 'my_dossiers'],
  ['không biết mã hs ở đâu', 'my_dossiers'],
  ['xem lai nhung ho so da nop nam ngoai', 'my_dossiers'],
  ["I don't have the reference number, can you find my files", 'my_dossiers'],
  ['my submitted applications', 'my_dossiers'],
  // Procedures and requirements
  ['bé nhà em mới sinh thì đăng ký giấy tờ ở đâu ạ', 'procedure'],
  ['cap ban sao trich luc ket hon', 'procedure'],
  ['thủ tục đăng ký giám hộ', 'procedure'],
  ['xin xác nhận thông tin cư trú cho con đi học', 'procedure'],
  ['chuyển khẩu về nhà vợ làm thế nào', 'procedure'],
  ['cấp giấy phép sửa chữa nhà', 'procedure'],
  ['xin phép đào đường để lắp ống nước', 'procedure'],
  ['hồ sơ hưởng chế độ thờ cúng liệt sĩ', 'procedure'],
  ['xin tro cap mai tang phi cho ong', 'procedure'],
  ['mun dang ky lai khai sinh', 'procedure'],
  ['đăng ký khai sinh quá hạn có bị phạt ko', 'procedure'],
  ['chung thuc hop dong mua ban nha', 'procedure'],
  ['thay đổi nội dung đăng ký hộ kinh doanh', 'procedure'],
  ['giấy phép bán lẻ thuốc lá', 'procedure'],
  ['thời hạn giải quyết cấp sổ đỏ bao lâu', 'procedure'],
  ['lam giay phep lai xe o dau', 'procedure'],
  ['tthc lĩnh vực hộ tịch', 'procedure'],
  ['thủ tục cải chính họ tên', 'procedure'],
  ['đổi tên cho con cần những giấy tờ gì', 'procedure'],
  ['nộp hồ sơ cấp giấy khai sinh online được ko', 'procedure'],
  ['how do I change my name on the birth certificate', 'procedure'],
  ['death certificate for my father', 'procedure'],
  ['fees for a land title', 'procedure'],
  // Business
  [`mst ${TAX} là của cty nào vậy`, 'business'],
  [TAX_OTHER, 'business'],
  [`cho mình tra công ty mã số thuế ${TAX_OTHER}`, 'business'],
  ['tra cuu thong tin dn theo ma so thue', 'business'],
  [`${TAX}-001 chi nhánh này còn hđ k`, 'business'],
  ['công ty tnhh an phát có đăng ký ở tỉnh mình không', 'business'],
  ['doanh nghiệp này đóng mã số thuế chưa', 'business'],
  ['tra cứu người đại diện pháp luật của công ty', 'business'],
  ['kiểm tra dn còn hđ ko', 'business'],
  [`who owns the company with tax id ${TAX}`, 'business'],
  // Feedback, with and without a cue word
  ['ngõ 12 mất điện từ chiều chưa thấy ai sửa', 'feedback'],
  ['dây điện võng thấp ngang đầu người đi qua', 'feedback'],
  ['chợ cóc họp giữa đường gây tắc', 'feedback'],
  ['trường học đòi thu thêm tiền ngoài quy định', 'feedback'],
  ['hố ga không có nắp trước cổng trường', 'feedback'],
  ['bãi rác tự phát bốc mùi cả xóm', 'feedback'],
  ['nhà bên cạnh xây lấn sang đất nhà tôi', 'feedback'],
  ['xe cứ đỗ chắn cửa nhà em suốt', 'feedback'],
  ['muỗi nhiều quá đề nghị phun thuốc', 'feedback'],
  ['co nguoi khai thac cat trai phep o song', 'feedback'],
  ['cầu treo bị hỏng ván đi rất sợ', 'feedback'],
  ['phản ảnh việc cán bộ đòi tiền bồi dưỡng', 'feedback'],
  ['chờ cả buổi sáng ở một cửa mà không ai tiếp', 'feedback'],
  ['nước sinh hoạt có mùi lạ', 'feedback'],
  ['cong ty gan nha xa nuoc thai ra ruong', 'feedback'],
  ['trâu bò thả rông trên quốc lộ', 'feedback'],
  ['đường mới làm xong đã bong tróc hết', 'feedback'],
  ['the drain on my street is blocked', 'feedback'],
  ['stray dogs everywhere in my neighborhood', 'feedback'],
  ['someone is burning plastic next to my house', 'feedback'],
  // My feedback and a ticket number
  ['kiến nghị lần trước của tôi chưa thấy ai trả lời', 'my_feedback'],
  ['xem lại góp ý mình đã gửi', 'my_feedback'],
  ['tôi đã gửi mấy phản ánh rồi', 'my_feedback'],
  ['pa của e sao r ad', 'my_feedback'],
  ['did anyone answer my complaint', 'my_feedback'],
  ['cho hỏi PA-ZL-2026-000187 đã có trả lời chưa', 'feedback_ticket'],
  ['ma phan anh pa-zl-2026-000052', 'feedback_ticket'],
  ['PA ZL 2026 000231 giải quyết xong chưa', 'feedback_ticket'],
  ['what happened to PA-ZL-2026-000099', 'feedback_ticket'],
  // Follows
  ['hs nào mình đang nhận thông báo vậy', 'follows'],
  ['my followed dossiers', 'follows'],
  [`có kết quả hồ sơ ${CODE} thì nhắn em với`, 'dossier_follow'],
  ['notify me when my dossier is done', 'dossier_follow'],
  [`thôi khỏi theo dõi hồ sơ ${CODE} nữa`, 'dossier_unfollow'],
  ['không cần nhắn về hs đó nữa đâu', 'dossier_unfollow'],
  // Talk to a person
  ['ad ơi có ai trực không ạ', 'handoff'],
  ['máy trả lời hoài chán quá cho gặp ai đó', 'handoff'],
  ['em muốn hỏi trực tiếp cán bộ tiếp nhận', 'handoff'],
  ['kết nối tổng đài giúp tôi', 'handoff'],
  ['chuyen sang nguoi tu van', 'handoff'],
  ['is there a real person here', 'handoff'],
  // Help and contacts
  ['sđt ubnd xã bao nhiêu ạ', 'help'],
  ['trưa có nghỉ không hay làm xuyên trưa', 'help'],
  ['bộ phận tiếp nhận hồ sơ ở tầng mấy', 'help'],
  ['email liên hệ của trung tâm', 'help'],
  ['lễ 2/9 có làm việc không', 'help'],
  ['how can I contact you by phone', 'help'],
  // Menu, welcome, language
  ['hiện menu đi', 'menu'],
  ['có những dịch vụ gì', 'menu'],
  ['main menu please', 'menu'],
  ['em chào ạ', 'welcome'],
  ['dạ em chào anh chị', 'welcome'],
  ['chuyển qua tiếng việt đi', 'language'],
  ['muốn dùng tiếng Việt', 'language'],
  ['can you reply in english', 'language'],
  // Subscriptions and personal data
  ['đăng ký nhận thông báo lịch mất nước', 'subscriptions'],
  ['cho em nhận tin tức của phường', 'subscriptions'],
  ['I want to get news from the province', 'subscriptions'],
  ['tắt thông báo đi', 'unsubscribe'],
  ['ko muon nhan tin tu xa nua', 'unsubscribe'],
  ['unsubscribe me', 'unsubscribe'],
  ['bên bạn có lưu sđt của tôi không', 'my_data'],
  ['what personal data do you have about me', 'my_data'],
  ['xoá tài khoản và dữ liệu của em', 'erase_my_data'],
  ['please remove my phone number and history', 'erase_my_data'],
  // Out of scope, some close to government topics
  ['lịch cúp điện ngày mai', 'none'],
  ['giá vàng 9999', 'none'],
  ['xo so mien nam hom nay', 'none'],
  ['lãi suất tiết kiệm ngân hàng nào cao', 'none'],
  ['điểm thi vào lớp 10', 'none'],
  ['số điện thoại taxi', 'none'],
  ['mã giảm giá shopee', 'none'],
  ['tra cứu vận đơn giao hàng', 'none'],
  ['giá đất khu này bao nhiêu', 'none'],
  ['đổi tiền lẻ tết ở đâu', 'none'],
  ['lịch âm hôm nay', 'none'],
  ['tra cứu điểm thi thpt', 'none'],
  ['best pho in town', 'none'],
  ['train ticket to hanoi', 'none'],
];

/**
 * A sixth held-out set, written in one go on 2026-12-03 by a helper who had not read the matcher, its word lists, the
 * flows' examples or triggers, nor the earlier batches' wording, and never tuned on. Codes, tax codes (valid check
 * digits), ticket numbers and phone numbers are made up in the same formats as above. Four messages that turned out to
 * be flows' own examples or keywords (the check below) were replaced by new ones written the same way, before the
 * matcher was read.
 */
const H6_CODE_A = '000.00.15.H02-240311-0107';
const H6_CODE_B = '000.00.22.H02-250920-0013';
const H6_CODE_C = '000.00.31.H02-260105-0256';
const H6_CODE_C_LOOSE = '000.00.31.h02 260105 0256';

const batch6: [string, string][] = [
  // Dossier status, with and without a code
  [`anh chị ơi cho em hỏi hồ sơ ${H6_CODE_A} của em xử lý tới đâu rồi ạ`, 'dossier'],
  [`${H6_CODE_B} sao lâu vậy, hẹn thứ 6 mà giờ chưa thấy gọi`, 'dossier'],
  [`tra cuuw hoso ${H6_CODE_A}`, 'dossier'],
  [`hs ${H6_CODE_C} da xong chua ad`, 'dossier'],
  [`em nộp hồ sơ chuyển mục đích sử dụng đất, mã ${H6_CODE_B}, nhờ xem giúp em đang ở phòng nào`, 'dossier'],
  [`ma ho so cua toi la ${H6_CODE_C_LOOSE} kiem tra giup`, 'dossier'],
  ['hồ sơ của mẹ em nộp ở xã tuần rồi giờ đang nằm ở đâu ạ', 'dossier'],
  ['cho e xem tiến độ hs với', 'dossier'],
  ['hồ sơ đăng ký biến động đất đai của tôi nộp từ tháng 8 đến giờ chưa có kết quả là sao', 'dossier'],
  ['khi nao thi em duoc lay ket qua ho so a', 'dossier'],
  [`hồ sơ bị trả về rồi hả, mã ${H6_CODE_A}`, 'dossier'],
  [`${H6_CODE_C} ?`, 'dossier'],
  ['em có mã biên nhận rồi, tra ở đâu vậy ạ', 'dossier'],
  ['ho so cap phep xay dung nop thang truoc gio sao roi ah', 'dossier'],
  [`Check status of application ${H6_CODE_B} please`, 'dossier'],
  [`What is the status of my dossier ${H6_CODE_A}?`, 'dossier'],
  [`has my file been processed yet? code ${H6_CODE_C}`, 'dossier'],
  ['how can I track my application', 'dossier'],
  [`hồ sơ ${H6_CODE_B} trễ hẹn 2 tuần rồi, xem giúp em bị vướng ở đâu`, 'dossier'],
  ['Mình muốn biết hồ sơ cấp giấy phép kinh doanh hộ cá thể đã duyệt chưa', 'dossier'],
  ['tra cứu kết quả giải quyết hồ sơ', 'dossier'],
  [`biên nhận số ${H6_CODE_A} khi nào có kq vậy`, 'dossier'],
  ['dạ em chào anh chị, em muốn hỏi hồ sơ sang tên sổ đỏ của bố em đã ký chưa ạ', 'dossier'],
  ['xem ho so online o dau', 'dossier'],
  [`ktra giúp e mã hồ sơ ${H6_CODE_C_LOOSE}`, 'dossier'],
  // My dossiers by phone number
  ['em quên mã hồ sơ rồi, xem bằng số điện thoại được không', 'my_dossiers'],
  ['toi nop nhieu ho so qua, muon xem het 1 luot', 'my_dossiers'],
  ['danh sách hồ sơ tôi đã nộp', 'my_dossiers'],
  ['mất giấy biên nhận thì tra hồ sơ kiểu gì ạ', 'my_dossiers'],
  ['list my applications', 'my_dossiers'],
  ['cac hs dung ten minh', 'my_dossiers'],
  ['tôi có mấy hồ sơ đang nộp ở huyện vậy', 'my_dossiers'],
  // Procedures and requirements
  ['làm lại cccd bị mất cần mang theo những gì ạ', 'procedure'],
  ['thu tuc dang ky ket hon voi nguoi nuoc ngoai', 'procedure'],
  ['cho hỏi đăng ký thường trú cho con mới sinh thì làm ntn', 'procedure'],
  ['xin giấy xác nhận tình trạng hôn nhân mất bao lâu', 'procedure'],
  ['lệ phí cấp sổ đỏ lần đầu bao nhiêu tiền vậy ạ', 'procedure'],
  ['thur tucj tachs thuwar', 'procedure'],
  ['muốn cấp đổi giấy phép lái xe thì nộp ở đâu', 'procedure'],
  ['tthc chung thuc ban sao', 'procedure'],
  ['đăng ký khai tử cho ông nội cần giấy tờ j', 'procedure'],
  ['hướng dẫn em thủ tục xin giấy phép xây dựng nhà ở riêng lẻ', 'procedure'],
  ['thủ tục thành lập công ty tnhh một thành viên', 'procedure'],
  ['lam ho chieu o tinh minh mat may ngay', 'procedure'],
  ['giấy tờ cần để nhận trợ cấp thất nghiệp', 'procedure'],
  ['xin cấp lại bản sao giấy khai sinh được không ạ, bản gốc bị rách', 'procedure'],
  ['dang ky tam tru online duoc ko', 'procedure'],
  ['thủ tục nhận con nuôi', 'procedure'],
  ['How do I apply for a construction permit?', 'procedure'],
  ['documents needed for marriage registration', 'procedure'],
  ['what are the fees for a land use certificate', 'procedure'],
  ['register household business procedure', 'procedure'],
  ['thủ tục hưởng chế độ trợ cấp cho người có công với cách mạng', 'procedure'],
  ['e muốn đăng ký hộ kinh doanh bán tạp hóa thì làm sao ạ', 'procedure'],
  // Business by tax code
  ['mst 0301234562', 'business'],
  ['tra cứu doanh nghiệp có mã số thuế 4800127348', 'business'],
  ['cty 2300415009 con hoat dong khong', 'business'],
  ['chi nhánh mst 0301234562-001 là của cty nào vậy', 'business'],
  ['tra cuu thong tin doanh nghiep', 'business'],
  ['cho mình hỏi đại diện pháp luật của dn 3102456781 là ai', 'business'],
  ['dn nay co bi dong mst ko 4201876517', 'business'],
  ['Look up company with tax code 0600918271', 'business'],
  ['is business 3704551288 still active?', 'business'],
  ['tra mã số thuế công ty', 'business'],
  // Feedback: problems, with and without a cue word
  ['đường vào thôn 5 xã Yên Phong ổ gà to lắm, trời mưa xe máy ngã liên tục', 'feedback'],
  ['den duong ngo 12 hong ca tuan nay roi toi om', 'feedback'],
  ['tôi muốn phản ánh việc xả rác bừa bãi ở bờ kênh', 'feedback'],
  ['phanr anhs quán karaoke hát tới 1h sáng', 'feedback'],
  ['cống nước thải trước cổng chợ bị tắc bốc mùi hôi thối mấy ngày nay', 'feedback'],
  ['co nguoi lan chiem via he de ban hang, di bo khong duoc', 'feedback'],
  ['kiến nghị lắp thêm biển báo giảm tốc ở ngã ba gần trường tiểu học', 'feedback'],
  ['cán bộ địa chính xã hẹn đi hẹn lại mãi không giải quyết, tôi muốn khiếu nại', 'feedback'],
  ['cây to đổ chắn ngang đường liên xã, nguy hiểm lắm', 'feedback'],
  ['xưởng gỗ gần nhà đốt rác khói mù mịt cả khu', 'feedback'],
  ['gui phan anh ve viec nuoc sinh hoat bi duc', 'feedback'],
  ['em muốn góp ý về thái độ của nhân viên bộ phận một cửa', 'feedback'],
  ['ống nước vỡ ngoài đường lênh láng từ sáng', 'feedback'],
  ['cho hỏi gửi kiến nghị lên ubnd tỉnh thế nào', 'feedback'],
  ['The street lights on my road have been broken for a week', 'feedback'],
  ['I want to report illegal dumping near the river', 'feedback'],
  ['complaint about noise from a construction site at night', 'feedback'],
  ['có đàn chó thả rông cắn người ở khu tập thể', 'feedback'],
  ['ổ gà đường ĐT295 đoạn qua thị trấn, đề nghị sửa gấp', 'feedback'],
  // My feedback and a ticket number
  ['phản ánh em gửi tuần trước sao chưa thấy trả lời', 'my_feedback'],
  ['xem lại các phản ánh của tôi', 'my_feedback'],
  ['kien nghi minh gui da duoc xu ly chua', 'my_feedback'],
  ['show my complaints', 'my_feedback'],
  ['những pa tôi đã gửi', 'my_feedback'],
  ['PA-ZL-2026-000388 xử lý tới đâu rồi', 'feedback_ticket'],
  ['pa zl 2026 512', 'feedback_ticket'],
  ['cho hỏi phản ánh số PA-ZL-2026-000097', 'feedback_ticket'],
  ['phan anh ma pa-zl-2026-000640 sao roi', 'feedback_ticket'],
  // Follows
  [`có kết quả hồ sơ ${H6_CODE_B} thì nhắn cho em nhé`, 'dossier_follow'],
  [`theo doi ho so ${H6_CODE_C} giup toi`, 'dossier_follow'],
  [`thôi không cần báo tình trạng hồ sơ ${H6_CODE_A} nữa`, 'dossier_unfollow'],
  ['bo theo doi ho so', 'dossier_unfollow'],
  ['những hồ sơ tôi đang theo dõi', 'follows'],
  ['ds hs dang theo doi', 'follows'],
  // Talk to a person
  ['cho em gặp cán bộ trực tiếp được không ạ', 'handoff'],
  ['noi chuyen voi nguoi that', 'handoff'],
  ['bot trả lời không đúng ý, cho tôi nói chuyện với nhân viên', 'handoff'],
  ['can I talk to a real person', 'handoff'],
  ['kết nối tổng đài viên giúp mình', 'handoff'],
  ['có ai trực không ạ, em cần hỏi gấp', 'handoff'],
  // Help and contacts
  ['số hotline của trung tâm phục vụ hành chính công là bao nhiêu', 'help'],
  ['giờ làm việc thứ 7 có mở cửa ko', 'help'],
  ['dia chi bo phan mot cua tinh o dau', 'help'],
  ['What are your office hours?', 'help'],
  ['cho xin sđt phòng tiếp dân với ạ', 'help'],
  ['sdt lien he', 'help'],
  // Menu, welcome, language
  ['mo danh muc chinh', 'menu'],
  ['bot làm được những gì', 'menu'],
  ['quay lại menu chính', 'menu'],
  ['chào ad ạ', 'welcome'],
  ['hi', 'welcome'],
  ['đổi sang tiếng Anh', 'language'],
  ['Can you speak English?', 'language'],
  ['chuyen ve tieng viet giup minh', 'language'],
  // Subscriptions and personal data
  ['đăng ký nhận thông báo lịch tiêm chủng của xã', 'subscriptions'],
  ['muon nhan tin tuc cua phuong minh', 'subscriptions'],
  ['tôi muốn nhận thông báo mất điện mất nước', 'subscriptions'],
  ['đừng gửi thông báo cho tôi nữa', 'unsubscribe'],
  ['ko muốn nhận tin nhắn từ trang này nữa', 'unsubscribe'],
  ['stop sending me notifications', 'unsubscribe'],
  ['bên mình đang lưu những thông tin gì về tôi', 'my_data'],
  ['what data do you keep about me', 'my_data'],
  ['xóa hết thông tin cá nhân của tôi khỏi hệ thống', 'erase_my_data'],
  ['xoa du lieu cua toi', 'erase_my_data'],
  // Out of scope: prices, weather, football, spam and ads with phone numbers, chit-chat
  ['giá vàng sjc hôm nay bao nhiêu', 'none'],
  ['mai trời có mưa không ad', 'none'],
  ['tối nay VN đá với Thái mấy giờ', 'none'],
  ['VAY TIỀN NHANH KHÔNG THẾ CHẤP, GIẢI NGÂN TRONG 30 PHÚT, LH 0912 345 678', 'none'],
  ['Nhận làm sổ đỏ nhanh bao đậu, a/c cần liên hệ 0987654321', 'none'],
  ['chuyên mua bán nhà đất chính chủ, sổ hồng riêng, lh 0903.111.222', 'none'],
  ['ad ơi có người yêu chưa', 'none'],
  ['ăn cơm chưa', 'none'],
  ['ty gia usd hom nay', 'none'],
  ['kết quả xổ số miền bắc', 'none'],
  ['bây giờ mấy giờ rồi', 'none'],
  ["What's the weather like in Hanoi tomorrow?", 'none'],
  ['who won the premier league last night', 'none'],
  ['buy cheap followers, whatsapp +84 912 000 111', 'none'],
  ['cho em xin link xem phim', 'none'],
  ['giá xăng tăng chưa', 'none'],
  ['nhà em mất con mèo vàng ai thấy báo em với', 'none'],
  ['tuyen cong tac vien lam tai nha thu nhap 500k/ngay ib ngay', 'none'],
  ['xem ngày cưới tháng sau giúp em', 'none'],
  ['haha', 'none'],
  ['lịch thi đấu world cup', 'none'],
  ['có ai biết chỗ sửa điện thoại uy tín không', 'none'],
];

/**
 * Tuning 7: written by the lead after held-out 5 was measured, without reading held-out 5 (its misses are counted by
 * the benchmark, never shown): problems described without the usual cue words, and the labels held-out 5 showed weak
 * by their counts alone.
 */
const problemTune: [string, string][] = [
  ['mấy ngày nay khu em không có ai dọn, bốc mùi kinh khủng', 'feedback'],
  ['đường vào thôn 3 mưa xuống là lầy lội không đi được', 'feedback'],
  ['nha may o gan nha em xa khoi den suot dem', 'feedback'],
  ['cái cột điện đầu ngõ sắp đổ rồi mong chính quyền xử lý', 'feedback'],
  ['quán nhậu cuối hẻm mở nhạc tới 1 giờ sáng', 'feedback'],
  ['người dân tổ 5 đề nghị làm lại cái cống bị sập', 'feedback'],
  ['chỗ ngã tư gần trường học không có đèn, tối rất dễ tai nạn', 'feedback'],
  ['xe ben chạy ầm ầm cả đêm, nhà rung hết cả', 'feedback'],
  ['bãi đất trống sau chợ thành chỗ đổ rác từ lâu rồi', 'feedback'],
  ['nuoc sinh hoat co mui la may hom nay', 'feedback'],
  ['hàng quán bày tràn ra lòng đường, người đi bộ phải đi xuống đường', 'feedback'],
  ['ông hàng xóm nuôi heo ngay trong khu dân cư, hôi không chịu nổi', 'feedback'],
  ['cây to trước cổng trường nghiêng ra đường, bão tới là đổ', 'feedback'],
  ['đã báo mấy lần mà vẫn chưa ai đến sửa', 'feedback'],
  ['cầu tạm qua suối đã mục, học sinh đi qua hằng ngày', 'feedback'],
  ['tôi bị cán bộ phường gây khó dễ khi nộp hồ sơ', 'feedback'],
  ['có người đánh bạc ở nhà văn hoá xóm mỗi tối', 'feedback'],
  ['trạm bơm không hoạt động, ruộng khô hết', 'feedback'],
  ['khu tái định cư chưa có điện nước dù đã vào ở 3 tháng', 'feedback'],
  ['the park near my house has no lights and people deal drugs there at night', 'feedback'],
  ['the road to our village has been dug up for weeks and nobody finished it', 'feedback'],
  ['our neighbour burns plastic every evening', 'feedback'],
  // Other labels, written the way the weak ones are typed
  ['ủy ban phường làm việc tới mấy giờ chiều', 'help'],
  ['sáng thứ 7 bộ phận tiếp dân có làm không', 'help'],
  ['số máy của ubnd xã là bao nhiêu', 'help'],
  ['trụ sở ubnd huyện nằm ở chỗ nào', 'help'],
  ['em cần người tư vấn trực tiếp về thủ tục đất đai', 'handoff'],
  ['có ai trả lời giúp em không', 'handoff'],
  ['gọi lại cho tôi được không', 'handoff'],
  ['bot trả lời không đúng, cho gặp người', 'handoff'],
  ['đừng báo tin hồ sơ này cho tôi nữa', 'dossier_unfollow'],
  ['thôi không theo dõi hồ sơ kia nữa', 'dossier_unfollow'],
  ['stop notifications about my application', 'dossier_unfollow'],
  ['tôi không muốn nhận tin tức của tỉnh', 'unsubscribe'],
  ['dung gui thong bao chung nua', 'unsubscribe'],
  ['xóa sạch dữ liệu của tôi trên hệ thống', 'erase_my_data'],
  ['toi muon xoa so dien thoai da chia se', 'erase_my_data'],
  ['please delete everything you know about me', 'erase_my_data'],
  ['các bạn đang giữ những thông tin gì của tôi', 'my_data'],
  ['em nộp mấy bộ hồ sơ mà quên hết mã rồi', 'my_dossiers'],
  ['xem lại các hồ sơ đã nộp bằng số điện thoại', 'my_dossiers'],
  ['lam the bao hiem y te cho tre duoi 6 tuoi', 'procedure'],
  ['muốn chuyển hộ khẩu về quê thì làm sao', 'procedure'],
  ['đổi bằng lái xe hết hạn', 'procedure'],
  ['xin trích lục khai sinh bản sao', 'procedure'],
  ['how long does a marriage certificate take', 'procedure'],
  ['hồ sơ đất đai của tôi nộp 2 tháng chưa thấy gì', 'dossier'],
  ['khi nào em lấy được kết quả hồ sơ', 'dossier'],
  ['is my file approved yet', 'dossier'],
  ['lịch cúp điện tuần sau', 'none'],
  ['kết quả xổ số miền bắc', 'none'],
  ['tuyển dụng giáo viên năm nay', 'none'],
];

/**
 * Tuning 8: written on 2026-12-02 by a helper who did not read held-out 5, before the changes it measures, for the two
 * classes the tuning part showed weak: dossier questions that name their subject ("hồ sơ đất đai của tôi đến đâu rồi",
 * read as procedure searches) and problems told without a listed problem word; with procedure questions that name a
 * subject and out-of-scope messages near them, so that neither class is won at the other's expense.
 */
const subjectTune: [string, string][] = [
  ['hs dat dai cua toi toi dau roi', 'dossier'],
  ['ho so cap so do nop thang truoc gio sao roi', 'dossier'],
  ['hồ sơ xin giấy phép xây dựng của em đã có kết quả chưa ạ', 'dossier'],
  ['ho so khai sinh cho be nop tuan truoc bao gio lay dc', 'dossier'],
  ['em nop hs tach thua 2 thang roi chua thay goi', 'dossier'],
  ['hồ sơ sang tên sổ đỏ của nhà tôi sao lâu quá vậy', 'dossier'],
  ['hs dang ky ket hon cua minh duyet chua ad', 'dossier'],
  ['ho so xin cap lai cccd nop roi khi nao co', 'dossier'],
  ['giấy phép kinh doanh em nộp hôm 15 giờ đến đâu rồi', 'dossier'],
  ['hs chuyen muc dich su dung dat cua ba toi bi tre hen roi', 'dossier'],
  ['ho so tro cap nguoi cao tuoi cua me em da xu ly chua', 'dossier'],
  ['kiem tra giup e ho so dang ky ho kinh doanh voi', 'dossier'],
  ['hồ sơ cấp phép xây nhà nộp online tuần trước chưa thấy ai gọi', 'dossier'],
  ['cho hỏi hồ sơ lý lịch tư pháp của tôi bao giờ trả', 'dossier'],
  ['so do nha toi lam tu thang 3 toi gio chua xong', 'dossier'],
  ['ho so thanh lap cong ty cua em dang o buoc nao roi', 'dossier'],
  ['hs dat cua toi nop o mot cua huyen chua co ket qua', 'dossier'],
  ['đã nộp hồ sơ xin hộ chiếu, bao lâu nữa thì nhận được', 'dossier'],
  ['ho so dang ky thuong tru cua con toi duyet chua vay', 'dossier'],
  ['cái hồ sơ cấp giấy chứng nhận quyền sử dụng đất đang bị treo à', 'dossier'],
  ['hs xin phep xay dung qua han hen roi ma chua tra', 'dossier'],
  ['ho so ho ngheo nha em xet toi dau roi a', 'dossier'],
  ['thu tuc tach ho khau em lam thang truoc gio sao roi', 'dossier'],
  ['hồ sơ đăng ký khai tử cho bố tôi xong chưa', 'dossier'],
  ['đường trước nhà tôi nước đọng cả tuần nay chưa rút', 'feedback'],
  ['mieng ho ga truoc cho bi mat nap, xe may lot xuong', 'feedback'],
  ['cột đèn ngõ 5 tối om cả tháng nay', 'feedback'],
  ['nhà bên cạnh đốt lá khô mỗi chiều, cả xóm ngột ngạt', 'feedback'],
  ['xe tai cho cat chay qua lang dem nao cung rung nha', 'feedback'],
  ['con kênh sau trường tiểu học nước đen kịt, cá chết nổi trắng', 'feedback'],
  ['co nguoi tha ca dan bo ra giua quoc lo', 'feedback'],
  ['dây điện trước cổng chợ võng thấp sát đầu người', 'feedback'],
  ['cau tre qua suoi o ban em sap muc, tre con di hoc so lam', 'feedback'],
  ['ben xe buyt khong co mai che, mua la uot het', 'feedback'],
  ['nha van hoa thon khoa cua suot, ba con khong co cho hop', 'feedback'],
  ['kenh thuy loi can nuoc ca thang, lua heo het', 'feedback'],
  ['tram y te xa khong co bac si truc ban dem', 'feedback'],
  ['quán nhậu đầu hẻm hát hò tới 1h sáng', 'feedback'],
  ['chó nhà ai cứ sủa với rượt người đi đường', 'feedback'],
  ['xe ba gac cho vat lieu do tran ra duong', 'feedback'],
  ['lò gạch gần xóm em đốt suốt đêm, ho hết cả nhà', 'feedback'],
  ['cai bien chi duong o nga ba bi ve bay, chi sai huong', 'feedback'],
  ['thang may chung cu dung hoat dong 3 ngay roi', 'feedback'],
  ['người ta đào đất lấy cát ở bãi sông ban đêm', 'feedback'],
  ['lop mau giao thon em dot nat, mua la dot', 'feedback'],
  ['truong em hoc khong co nha ve sinh cho hoc sinh', 'feedback'],
  ['đoạn đê gần nhà em bị nước xói mất một mảng', 'feedback'],
  ['lam so do lan dau can giay to gi', 'procedure'],
  ['ho so xin cap phep xay dung gom nhung gi', 'procedure'],
  ['đăng ký hộ kinh doanh thì nộp hồ sơ ở đâu', 'procedure'],
  ['hs tach thua can chuan bi nhung gi', 'procedure'],
  ['muon chuyen dat vuon len dat o thi lam sao', 'procedure'],
  ['lam lai giay khai sinh bi mat mat bao lau', 'procedure'],
  ['ho so xin tro cap that nghiep can nhung giay to gi', 'procedure'],
  ['gia dat khu nay bao nhieu 1 met', 'none'],
  ['ai co dat ban khong', 'none'],
  ['cho thue nha nguyen can gan cho', 'none'],
  ['tối nay đá bóng mấy giờ', 'none'],
  ['troi mua to qua', 'none'],
  ['nha minh hom nay nau gi', 'none'],
];

/**
 * Tuning 9: written on 2026-12-02 by a helper who did not read held-out 5, before reading the matcher or the flows'
 * examples and before the changes it measures: dossier questions naming their subject or saying "chưa trả" (not yet
 * returned), problems told near words of other flows ("sát đầu" is no "bắt đầu"), Telex leftovers, abbreviations
 * (hs, tthc, gks, sđt), and out-of-scope messages that look like lookups ("tra cứu điểm thi").
 */
const chatTune: [string, string][] = [
  ['hs cap doi so do cua ba em nop tu thang 9 toi gio chua tra', 'dossier'],
  ['giay phep xay dung nop 3 tuan roi chua tra ket qua', 'dossier'],
  ['sao ho so em qua han roi van chua tra vay ad', 'dossier'],
  ['hồ sơ chuyển nhượng đất nhà tôi vẫn chưa trả kết quả', 'dossier'],
  ['ho so ket hon cua e lam o xa hom thu 2, bao gio nhan duoc giay', 'dossier'],
  ['hồ sơ đăng ký thường trú cho vợ tôi nộp online tuần rồi có ai xử lý chưa', 'dossier'],
  [`mã hs ${CODE_OTHER} của em chưa trả à`, 'dossier'],
  [`e nop ${CODE} roi ma chua thay tra`, 'dossier'],
  ['hs cap lai gks cho chau toi den buoc nao roi', 'dossier'],
  ['ho so tach thua nha minh bi tre hen may tuan roi', 'dossier'],
  ['hồ sơ xin giấy phép kinh doanh nộp ở bộ phận một cửa hôm thứ 3 bao giờ có', 'dossier'],
  ['hs so do nha toi dang nam o dau vay', 'dossier'],
  ['my birth registration application from last week, any update?', 'dossier'],
  ['hs lam cccd cho con em tu thang truoc chua xong', 'dossier'],
  ['hoof sow ddaats cuar toi xong chuaw', 'dossier'],
  ['ho so tro cap khuyet tat cua bo em sao chua thay tra loi', 'dossier'],
  ['thu tuc cap lai gks bi mat can nhung gi', 'procedure'],
  ['tthc dang ky tam tru cho nguoi thue tro', 'procedure'],
  ['làm giấy xác nhận tình trạng hôn nhân ở đâu ạ', 'procedure'],
  ['lệ phí cấp đổi sổ đỏ hết bao nhiêu tiền', 'procedure'],
  ['hs dang ky khai tu gom nhung giay to gi', 'procedure'],
  ['xin phep sua nha can chuan bi gi ko', 'procedure'],
  ['what documents do i need to register a household business', 'procedure'],
  ['thủ tục chuyển nhượng quyền sử dụng đất mất bao lâu', 'procedure'],
  ['muon bat dau lam ho so xin phep xay dung thi lam sao', 'procedure'],
  ['cho hoi thu tuc nhan con nuoi', 'procedure'],
  ['đăng kí giám hộ cho cháu cần gì', 'procedure'],
  ['thur tucj lamf cccd cho tre em', 'procedure'],
  ['cây đổ sát đầu ngõ, xe không qua được', 'feedback'],
  ['đèn giao thông ngã tư chợ hư 3 hôm rồi', 'feedback'],
  ['nuoc thai tu xuong may chay ra muong, ca chet het', 'feedback'],
  ['có đám thanh niên đua xe mỗi tối trên đường đê', 'feedback'],
  ['cong thoat nuoc bi tac, mua xuong la ngap vao nha', 'feedback'],
  ['nha hang xom xay lan sang dat nha toi ma xa khong giai quyet', 'feedback'],
  ['karaoke ồn ào tới khuya ko ai nhắc', 'feedback'],
  ['the bridge railing is broken, kids could fall', 'feedback'],
  ['cán bộ một cửa hẹn lên hẹn xuống, thái độ khó chịu', 'feedback'],
  ['ổ gà to đùng giữa đường Lê Lợi, tối qua có người té', 'feedback'],
  ['rác chất đống sát đầu hẻm cả tuần không ai chở', 'feedback'],
  ['phan anh ve ong cong minh gui tuan truoc co ai xu ly chua', 'my_feedback'],
  ['xem lai may cai phan anh em da gui', 'my_feedback'],
  ['PA-ZL-2026-000412 xử lý tới đâu rồi', 'feedback_ticket'],
  ['mat giay hen roi, ko nho ma ho so', 'my_dossiers'],
  ['tìm lại hồ sơ bằng sđt được không', 'my_dossiers'],
  ['i lost the paper with my application number', 'my_dossiers'],
  [`mst ${TAX_OTHER} cua cty nao vay`, 'business'],
  ['kiem tra dn co bi giai the chua', 'business'],
  ['tra thong tin cong ty bang ma so thue', 'business'],
  ['cho e noi chuyen voi can bo truc', 'handoff'],
  ['gap nhan vien that duoc ko', 'handoff'],
  ['ubnd xa lam viec thu 7 ko', 'help'],
  ['dia chi bo phan mot cua huyen o dau', 'help'],
  ['so dien thoai duong day nong cua tinh', 'help'],
  ['huy nhan tin tu trang nay', 'unsubscribe'],
  ['muốn nhận thông báo của phường mình', 'subscriptions'],
  [`bỏ theo dõi hs ${CODE}`, 'dossier_unfollow'],
  ['minh dang theo doi may ho so vay', 'follows'],
  [`bao tin cho em khi hs ${CODE_OTHER} co ket qua`, 'dossier_follow'],
  ['xoa het thong tin cua toi di', 'erase_my_data'],
  ['trang nay luu nhung gi ve toi', 'my_data'],
  ['can you answer in english', 'language'],
  ['trang nay ho tro dc nhung viec gi', 'menu'],
  ['giá vàng sjc sáng nay bao nhiêu', 'none'],
  ['ty gia do hom nay', 'none'],
  ['lich thi dau u23 vn', 'none'],
  ['ad oi co ny chua', 'none'],
  ['tra cuu diem thi thpt', 'none'],
  ['tra cuu van don giao hang tiet kiem', 'none'],
  ['ban co biet nau pho ko', 'none'],
  ['thoi tiet da nang mai the nao', 'none'],
  ['mua dat o dau re', 'none'],
  ['hom nay sat dau nam roi', 'none'],
];

/**
 * Tuning 10: written on 2026-12-03 by a helper who did not read held-out 5, in one go before the changes it measures:
 * messages typed the way citizens type on a phone (with and without marks, Telex leftovers, typos, the abbreviations
 * hs, tthc, mst, dn, cccd), questions about requirements, codes inside sentences, English, notifications turned off
 * for one thing or for everything, and out-of-scope messages (prices, weather, football, lottery, adverts, shopping).
 */
const batch10Tune: [string, string][] = [
  // Dossier lookup (with and without a code)
  ['hs cua e nop thang 10 gio van chua co kq', 'dossier'],
  ['ho so cua toi dang o khau nao vay', 'dossier'],
  ['hồ sơ em nộp trên cổng dịch vụ công sao chưa thấy phản hồi', 'dossier'],
  [`cho e hoi hs ${CODE} da duyet chua`, 'dossier'],
  [`${CODE_OTHER} xong chưa ạ`, 'dossier'],
  [`ma ho so la ${CODE_LOOSE} nho ad kiem tra`, 'dossier'],
  ['tình trạng xử lý hồ sơ cấp sổ đỏ của tôi', 'dossier'],
  ['hoof sow cuar em ddax xong chuaw', 'dossier'],
  ['ho so bien dong dat dai nop 20 ngay chua co ket qua', 'dossier'],
  ['sao hồ sơ của tôi bị trả về vậy', 'dossier'],
  ['hs cap phep kinh doanh bi tre hen roi ad oi', 'dossier'],
  ['bao gio toi lay duoc so do vay', 'dossier'],
  ['em muon biet ho so minh xu ly toi buoc nao', 'dossier'],
  ['kiểm tra tiến độ hồ sơ giúp tôi', 'dossier'],
  ['has anyone processed my application yet', 'dossier'],
  ['where is my dossier now', 'dossier'],
  [`application ${CODE} status?`, 'dossier'],
  ['hồ sơ cccd của con tôi làm tháng trước bao giờ có', 'dossier'],
  ['hs ket hon cua e co van de gi ma chua tra', 'dossier'],
  ['ho so xin giay phep xay dung nop roi ma cho mai', 'dossier'],
  // My dossiers (by phone number)
  ['nhung ho so toi tung nop o xa', 'my_dossiers'],
  ['coi hết các hs của tôi', 'my_dossiers'],
  ['quen ma hs roi lam sao tra', 'my_dossiers'],
  ['làm mất giấy biên nhận thì tra hồ sơ kiểu gì', 'my_dossiers'],
  ['liet ke ho so cua toi theo sdt', 'my_dossiers'],
  ['my applications list', 'my_dossiers'],
  ['danh sach hs toi da gui', 'my_dossiers'],
  // Procedures
  ['lam cccd cho con 14 tuoi can gi', 'procedure'],
  ['cấp đổi cccd gắn chip cần giấy tờ gì', 'procedure'],
  ['thu tuc lam so ho khau moi nhu nao', 'procedure'],
  ['đăng ký tạm trú cho sinh viên thuê trọ thế nào', 'procedure'],
  ['tthc cap giay xac nhan tinh trang hon nhan', 'procedure'],
  ['muốn làm giấy khai sinh cho con thì cần mang gì', 'procedure'],
  ['dang ky ket hon voi nguoi nuoc ngoai can nhung gi', 'procedure'],
  ['lam giay phep lai xe a1 o dau', 'procedure'],
  ['thủ tục sang tên xe máy', 'procedure'],
  ['xin cap ban sao giay khai sinh', 'procedure'],
  ['chứng thực bản sao hết bao nhiêu tiền', 'procedure'],
  ['thanh lập doanh nghiệp cần những gì', 'procedure'],
  ['dang ky kinh doanh online duoc khong', 'procedure'],
  ['đăng ký khai tử quá hạn thì làm sao', 'procedure'],
  ['lam ho chieu mat bao lau', 'procedure'],
  ['thu tuc xin tro cap ho ngheo', 'procedure'],
  ['cap giay chung nhan quyen su dung dat lan dau', 'procedure'],
  ['thur tucj ddawng kys thuowngf trus', 'procedure'],
  ['hướng dẫn làm lý lịch tư pháp số 2', 'procedure'],
  ['how to apply for a passport', 'procedure'],
  ['what do I need to register my baby', 'procedure'],
  ['thủ tục hành chính về đất đai', 'procedure'],
  ['dk ho kinh doanh can giay to j', 'procedure'],
  ['cach xin giay phep sua chua nha', 'procedure'],
  ['nhan nuoi con nuoi can dieu kien gi', 'procedure'],
  // Business
  [`tra mst ${TAX_OTHER}`, 'business'],
  [`mst ${TAX} la cua dn nao`, 'business'],
  ['kiểm tra doanh nghiệp qua mã số thuế', 'business'],
  [`cty co ma so thue ${TAX} con hoat dong ko`, 'business'],
  [`${TAX_OTHER} cty gì vậy`, 'business'],
  ['tra cuu thong tin dn', 'business'],
  ['is this company still active', 'business'],
  ['tim cong ty theo mst', 'business'],
  // Follows, follow, unfollow
  ['em đang theo dõi mấy hồ sơ', 'follows'],
  ['xem danh sach ho so dang theo doi', 'follows'],
  [`theo doi hs ${CODE_OTHER} giup em`, 'dossier_follow'],
  [`có kết quả hồ sơ ${CODE} thì nhắn em nhé`, 'dossier_follow'],
  ['follow my application and tell me when it is done', 'dossier_follow'],
  [`huy theo doi ${CODE}`, 'dossier_unfollow'],
  ['tat thong bao tien do ho so di', 'dossier_unfollow'],
  ['không cần báo tin hồ sơ nữa, tôi lấy kết quả rồi', 'dossier_unfollow'],
  ['unfollow my application', 'dossier_unfollow'],
  // Announcements
  ['đăng ký nhận tin từ xã', 'subscriptions'],
  ['toi muon nhan thong bao lich cat dien', 'subscriptions'],
  ['subscribe to news from the province', 'subscriptions'],
  ['không muốn nhận thông báo của trang nữa', 'unsubscribe'],
  ['ngung gui tin cho toi', 'unsubscribe'],
  ['stop sending me announcements', 'unsubscribe'],
  // Feedback
  ['đèn đường ngõ 12 tắt cả tuần nay', 'feedback'],
  ['ong nuoc bi vo tran ra duong', 'feedback'],
  ['có người đổ xà bần ra bờ kênh', 'feedback'],
  ['xe tai cho dat lam rot dat cat khap duong', 'feedback'],
  ['quan cafe lan chiem het via he', 'feedback'],
  ['nha may xa khoi den, dan ho suot', 'feedback'],
  ['muon phan anh viec cap so do cham', 'feedback'],
  ['cây xanh gãy cành đè lên dây điện', 'feedback'],
  ['cong ngoai duong bi nghet, nuoc thai boc mui', 'feedback'],
  ['can bo xa vo trach nhiem, hen 3 lan chua lam', 'feedback'],
  ['nhà hàng xóm xây lấn ra đường đi chung', 'feedback'],
  ['cầu qua kênh sắp sập rồi', 'feedback'],
  ['nuoc may nha em mat 3 ngay roi', 'feedback'],
  ['tiếng máy cưa gỗ từ xưởng cạnh nhà ồn cả ngày', 'feedback'],
  ['toi muon gop y ve cach phuc vu cua bo phan mot cua', 'feedback'],
  ['there is a dead dog on the road in front of the school', 'feedback'],
  ['someone is dumping waste in the river', 'feedback'],
  ['bãi rác tự phát ở đầu làng ruồi nhặng bu đầy', 'feedback'],
  ['đường liên xã hỏng nặng, ổ gà chi chít', 'feedback'],
  ['trẻ con tắm ở hồ không có biển cảnh báo, nguy hiểm lắm', 'feedback'],
  // My feedback, tickets
  ['phan anh cua toi co ai xu ly chua', 'my_feedback'],
  ['xem lại kiến nghị tôi gửi hôm trước', 'my_feedback'],
  ['pa em gui tuan roi sao chua thay tra loi', 'my_feedback'],
  ['my complaints status', 'my_feedback'],
  ['PA-ZL-2026-000731 đã có kết quả chưa', 'feedback_ticket'],
  ['cho em xem phan anh so PA-ZL-2026-000088', 'feedback_ticket'],
  ['pa-zl-2026-000245', 'feedback_ticket'],
  // Handoff, help
  ['cho tôi nói chuyện với nhân viên', 'handoff'],
  ['ad oi co ai truc khong, can hoi gap', 'handoff'],
  ['bot ko hieu, cho gap can bo', 'handoff'],
  ['i need to speak to an officer', 'handoff'],
  ['muốn được tư vấn trực tiếp', 'handoff'],
  ['hotline ubnd tinh la so may', 'help'],
  ['bo phan mot cua xa lam viec may gio', 'help'],
  ['trung tâm hành chính công tỉnh ở đường nào', 'help'],
  ['chiều thứ 6 ủy ban có làm việc không', 'help'],
  ['contact number of the one-stop office', 'help'],
  ['số điện thoại phòng tư pháp huyện', 'help'],
  // Data
  ['trang nay dang luu thong tin gi cua toi', 'my_data'],
  ['what personal data do you have on me', 'my_data'],
  ['xoa toan bo du lieu cua toi', 'erase_my_data'],
  ['tôi muốn xóa số điện thoại đã đăng ký với trang', 'erase_my_data'],
  // Menu, language, welcome
  ['menu', 'menu'],
  ['trang này có những chức năng gì', 'menu'],
  ['em co the hoi ban nhung gi', 'menu'],
  ['english please', 'language'],
  ['chuyen sang tieng viet', 'language'],
  ['chao ad', 'welcome'],
  // Out of scope
  ['giá xăng hôm nay bao nhiêu', 'none'],
  ['gia vang 9999 hom nay', 'none'],
  ['mai co mua khong', 'none'],
  ['du bao thoi tiet tuan toi', 'none'],
  ['kết quả trận MU tối qua', 'none'],
  ['xsmn hom nay', 'none'],
  ['ket qua xo so mien nam thu 7', 'none'],
  ['vay tiền online lãi suất thấp', 'none'],
  ['bán đất nền giá rẻ liên hệ 0912345678', 'none'],
  ['shop oi ao nay con size M ko', 'none'],
  ['tuyen nhan vien ban hang luong cao', 'none'],
  ['lich chieu phim cuoi tuan', 'none'],
  ['nhạc remix hay nhất 2026', 'none'],
  ['who won the football match last night', 'none'],
  ['what is the weather tomorrow', 'none'],
  ['cach nau canh chua ca', 'none'],
  // Short and bare messages, notifications turned off
  ['cccd', 'procedure'],
  ['giay khai sinh', 'procedure'],
  ['phí làm sổ đỏ bao nhiêu', 'procedure'],
  ['nop ho so truc tuyen o dau', 'procedure'],
  ['mst', 'business'],
  ['mấy cái hồ sơ của tôi', 'my_dossiers'],
  ['tắt hết thông báo của trang đi', 'unsubscribe'],
  ['ko muon nhan tin quang cao cua trang nua', 'unsubscribe'],
  ['khong muon nhan thong bao ve ho so nua', 'dossier_unfollow'],
  ['tiền điện tháng này bao nhiêu', 'none'],
  ['giá lúa hôm nay', 'none'],
  ['ai bán iphone cũ không', 'none'],
];

/**
 * Tuning 11: written on 2026-12-03 by the same helper, without reading held-out 5, for the labels whose held-out
 * counts were weakest (its misses are counted, never shown): the citizen's own reports and tickets, followed dossiers,
 * notifications stopped for one dossier or for everything, data kept or erased, contact questions, procedure
 * questions without the usual words, and out-of-scope messages near them.
 */
const batch11Tune: [string, string][] = [
  ['mấy cái phản ánh em gửi lên giờ sao rồi', 'my_feedback'],
  ['kien nghi ve duong xa toi gui thang truoc da co tra loi chua', 'my_feedback'],
  ['toi da phan anh vu rac roi ma khong thay ai xu ly', 'my_feedback'],
  ['danh sách kiến nghị của tôi', 'my_feedback'],
  ['cái góp ý hôm bữa của em có ai đọc không', 'my_feedback'],
  ['did anyone answer my report', 'my_feedback'],
  ['PA-ZL-2026-000519 sao chưa ai trả lời', 'feedback_ticket'],
  ['ma phan anh PA-ZL-2026-001204 cua toi', 'feedback_ticket'],
  ['ticket PA-ZL-2026-000077', 'feedback_ticket'],
  ['tôi đang theo dõi hồ sơ nào vậy', 'follows'],
  ['cac ho so minh da bam theo doi', 'follows'],
  ['danh sách hồ sơ được báo tin', 'follows'],
  ['list the applications I follow', 'follows'],
  [`nhắn cho tôi khi hồ sơ ${CODE_OTHER} xong`, 'dossier_follow'],
  ['muon duoc bao khi ho so co ket qua', 'dossier_follow'],
  [`theo dõi giúp em hs ${CODE}`, 'dossier_follow'],
  ['thôi đừng nhắn về hồ sơ đó nữa', 'dossier_unfollow'],
  [`khong theo doi ${CODE_OTHER} nua`, 'dossier_unfollow'],
  ['hồ sơ xong rồi, bỏ theo dõi đi', 'dossier_unfollow'],
  ['ngung bao tin ho so cho toi', 'dossier_unfollow'],
  ['khong nhan tin tuc cua tinh nua', 'unsubscribe'],
  ['huy dang ky nhan ban tin', 'unsubscribe'],
  ['trang gửi nhiều tin quá, cho tôi ngừng nhận', 'unsubscribe'],
  ['unsubscribe me from all news', 'unsubscribe'],
  ['đăng ký nhận bản tin của huyện', 'subscriptions'],
  ['muốn nhận tin về tiêm chủng', 'subscriptions'],
  ['bạn lưu số điện thoại của tôi không', 'my_data'],
  ['hệ thống có giữ thông tin cá nhân của em không', 'my_data'],
  ['cho xem du lieu cua toi', 'my_data'],
  ['xoa sdt cua toi khoi he thong', 'erase_my_data'],
  ['tôi không muốn trang lưu thông tin của tôi nữa, xoá đi', 'erase_my_data'],
  ['please remove my phone from your records', 'erase_my_data'],
  ['ubnd phuong o dau vay', 'help'],
  ['cho xin số điện thoại của xã', 'help'],
  ['một cửa huyện mấy giờ mở cửa', 'help'],
  ['trưa có nhận hồ sơ không', 'help'],
  ['email cua trung tam phuc vu hanh chinh cong', 'help'],
  ['where is the people committee office', 'help'],
  ['chu nhat xa co lam viec ko', 'help'],
  ['xin giay xac nhan cu tru', 'procedure'],
  ['giấy ủy quyền làm ở đâu', 'procedure'],
  ['tach so do cho con', 'procedure'],
  ['đổi tên cho con được không', 'procedure'],
  ['lam lai cccd bi mat', 'procedure'],
  ['muốn mở quán ăn thì xin giấy gì', 'procedure'],
  ['xac nhan doc than o dau', 'procedure'],
  ['thu tuc cap phep khai thac cat', 'procedure'],
  ['how do i get a copy of my birth certificate', 'procedure'],
  ['ho so xin tro cap gom nhung gi', 'procedure'],
  ['đăng ký xe máy mới mua', 'procedure'],
  ['nop ho so online the nao', 'procedure'],
  ['bảo hiểm y tế hộ gia đình đóng ở đâu', 'procedure'],
  ['tình trạng hs của e', 'dossier'],
  ['em muon kiem tra hs da nop', 'dossier'],
  ['hồ sơ mã số 000.00.15.H02-221205-0001 đang ở đâu', 'dossier'],
  ['giá điện sinh hoạt bậc thang', 'none'],
  ['số điện thoại taxi', 'none'],
  ['mua bảo hiểm xe máy ở đâu rẻ', 'none'],
  ['lịch nghỉ tết 2027', 'none'],
  ['top quán ăn ngon đà nẵng', 'none'],
  ['hello ad', 'welcome'],
];

/**
 * Tuning 12: written on 2026-12-03 by the same helper, without reading held-out 5, before the changes it measures:
 * procedures and dossiers named without the usual words (no "thủ tục", no "hồ sơ"), so that fewer in-scope messages
 * end in the fallback, and questions out of scope beside them.
 */
const batch12Tune: [string, string][] = [
  ['đăng ký nghĩa vụ quân sự ở đâu', 'procedure'],
  ['chuyen truong cho con tu huyen khac ve', 'procedure'],
  ['cap chung chi hanh nghe duoc', 'procedure'],
  ['xin xác nhận thu nhập để vay ngân hàng', 'procedure'],
  ['đăng ký biển số xe ô tô', 'procedure'],
  ['cap so ho ngheo', 'procedure'],
  ['hiến đất làm đường có được hỗ trợ gì không', 'procedure'],
  ['giay phep ban ruou', 'procedure'],
  ['dang ky tau ca', 'procedure'],
  ['xin phép tổ chức đám cưới ở nhà văn hóa', 'procedure'],
  ['cấp mã số thuế cá nhân', 'procedure'],
  ['trợ cấp thai sản', 'procedure'],
  ['xin hỗ trợ tiền điện cho hộ nghèo', 'procedure'],
  ['dang ky ket hon lan 2', 'procedure'],
  ['xác nhận con liệt sĩ', 'procedure'],
  ['hợp thức hóa nhà đất', 'procedure'],
  ['gia han giay phep xay dung', 'procedure'],
  ['cap giay phep quang cao', 'procedure'],
  ['nhận trợ cấp một lần khi nghỉ việc', 'procedure'],
  ['dang ky tam vang', 'procedure'],
  ['làm sổ bảo hiểm xã hội', 'procedure'],
  ['đổi giấy phép lái xe quốc tế', 'procedure'],
  ['mua dat giay tay co lam so duoc ko', 'procedure'],
  ['nộp rồi mà chưa thấy gì hết', 'dossier'],
  ['bên xã hẹn thứ 5 trả mà giờ chưa có', 'dossier'],
  ['cái giấy phép em xin hồi tháng 8 sao rồi', 'dossier'],
  ['ket qua cap so do cua nha em co chua', 'dossier'],
  ['đã qua ngày hẹn trả kết quả', 'dossier'],
  ['sao em làm căn cước 2 tháng chưa có', 'dossier'],
  ['làm giấy khai sinh cho bé từ thứ 2 giờ lấy được chưa', 'dossier'],
  ['mấy giờ rồi ad', 'none'],
  ['giá phân bón hôm nay', 'none'],
  ['bao giờ được nghỉ tết', 'none'],
  ['ở đâu bán sim số đẹp', 'none'],
  ['cách tải zalo về máy tính', 'none'],
  ['học tiếng anh ở đâu tốt', 'none'],
];

/**
 * Tuning 13: written on 2026-12-03 by the same helper after the rounds of tuning 10 to 12, without reading held-out 5,
 * as a fresh check of those rounds (measured once as written, then tuned on): a mix of every label as typed in chat.
 */
const batch13Tune: [string, string][] = [
  ['ho so cua me em lam tro cap tuoi gia sao lau qua', 'dossier'],
  ['nộp hồ sơ đất đai rồi thì bao lâu có kết quả', 'dossier'],
  [`${CODE} nay sao roi ad`, 'dossier'],
  ['hồ sơ bị trả lại vì thiếu giấy tờ thì làm sao', 'dossier'],
  ['kiểm tra giúp tôi hồ sơ tách thửa đã đến đâu', 'dossier'],
  ['em có nộp hồ sơ mà không nhớ mã', 'my_dossiers'],
  ['xem giúp các hồ sơ đứng tên tôi', 'my_dossiers'],
  ['giấy khai sinh cho con thứ 2 làm thế nào', 'procedure'],
  ['chuyển hộ khẩu từ tỉnh khác về cần giấy gì', 'procedure'],
  ['muon xin giay phep kinh doanh quan an', 'procedure'],
  ['thu tuc ly hon thuan tinh', 'procedure'],
  ['đăng ký kết hôn có cần khám sức khỏe không', 'procedure'],
  ['cấp lại sổ đỏ bị cháy', 'procedure'],
  ['lam chung thuc ban sao o dau nhanh', 'procedure'],
  ['how can i renew my id card', 'procedure'],
  [`${TAX} là công ty nào`, 'business'],
  ['tra cứu doanh nghiệp theo tên', 'business'],
  ['công ty này còn hoạt động không mst 0101243150', 'business'],
  ['trước cửa nhà tôi có hố sâu chưa ai lấp', 'feedback'],
  ['xe rac do rac ko dung gio, boc mui ca xom', 'feedback'],
  ['cán bộ tiếp dân hách dịch', 'feedback'],
  ['loa phuong keo qua to luc 5h sang', 'feedback'],
  ['chỗ em có người bán hàng rong chiếm hết lối đi', 'feedback'],
  ['đường ống nước bị bể nước chảy lênh láng', 'feedback'],
  ['có con rắn lớn bò vào khu dân cư', 'feedback'],
  ['my neighbour is building without a permit', 'feedback'],
  ['phản ánh của em hôm thứ 2 sao chưa thấy ai gọi', 'my_feedback'],
  ['xem trạng thái phản ánh tôi đã gửi', 'my_feedback'],
  ['PA-ZL-2026-000301 cua toi toi dau roi', 'feedback_ticket'],
  ['gặp cán bộ tư vấn đất đai', 'handoff'],
  ['toi can noi chuyen truc tiep voi nguoi', 'handoff'],
  ['so dien thoai mot cua huyen', 'help'],
  ['ubnd xã nghỉ trưa từ mấy giờ', 'help'],
  ['đăng ký nhận thông báo về hồ sơ đất đai của tôi', 'dossier_follow'],
  ['đang theo dõi những gì', 'follows'],
  ['không muốn theo dõi hồ sơ đó nữa', 'dossier_unfollow'],
  ['muốn nhận tin tức của xã', 'subscriptions'],
  ['ngừng gửi tin tức cho tôi', 'unsubscribe'],
  ['thông tin gì của tôi đang được lưu', 'my_data'],
  ['xoá hết dữ liệu của em đi', 'erase_my_data'],
  ['switch to english', 'language'],
  ['quay lai menu', 'menu'],
  ['giá bạc hôm nay', 'none'],
  ['lịch âm hôm nay', 'none'],
  ['bán chó con giá rẻ', 'none'],
  ['mua vé xem bóng đá ở đâu', 'none'],
  ['nhà nào cho thuê xe tự lái', 'none'],
  ['hôm nay có mưa không ad', 'none'],
];

/**
 * A seventh held-out set, written in one go on 2026-12-03 by a helper who had not read the matcher, its word lists, the
 * flows' examples nor the earlier batches' wording (a few flows' keyword triggers were seen in passing), and never
 * tuned on. Codes, tax codes (valid check
 * digits), ticket numbers and phone numbers are made up in the same formats as above. One message that turned out to
 * be a flow's own example or keyword (the check below) and six that matched earlier batches' messages word for word
 * were replaced by new ones written the same way, still without reading the examples or the earlier wording.
 */
const H7_CODE_A = '000.00.12.H02-250617-0384';
const H7_CODE_A_NODOTS = '0000012h02-250617-0384';
const H7_CODE_B = '000.00.27.H02-260214-0091';
const H7_CODE_C = '000.00.08.H02-241129-0502';
const H7_CODE_C_LOOSE = '000.00.08.h02 241129 0502';

const batch7: [string, string][] = [
  // Dossier status, with a code inside a sentence, loose or bare, and without a code
  [`cho em hỏi hồ sơ ${H7_CODE_A} đã xong chưa ạ`, 'dossier'],
  [`ho so ${H7_CODE_B} cua toi tre han roi ma chua thay ai bao`, 'dossier'],
  [`${H7_CODE_C_LOOSE} nhờ ad check giúp`, 'dossier'],
  [`mã hs: ${H7_CODE_A}`, 'dossier'],
  [`Kiểm tra giúp tôi tình trạng hồ sơ này với ${H7_CODE_B}`, 'dossier'],
  [`tra cuwus hoof sow ${H7_CODE_C}`, 'dossier'],
  [`Hi, could you check the status of application ${H7_CODE_B}?`, 'dossier'],
  [`my dossier number is ${H7_CODE_C}, any update?`, 'dossier'],
  ['hồ sơ nộp ở bộ phận một cửa huyện bao giờ mới có kết quả vậy', 'dossier'],
  ['tôi muốn tra cứu tiến độ giải quyết hồ sơ', 'dossier'],
  ['xem tinh trang ho so', 'dossier'],
  ['a/c ơi hs của e đến bước nào r ạ', 'dossier'],
  [`${H7_CODE_A} sao rồi ad`, 'dossier'],
  [`ad ơi hồ sơ sổ đỏ của mẹ em mã ${H7_CODE_B} sao lâu thế`, 'dossier'],
  [`kiem tra ho so dat dai ma so ${H7_CODE_C} dum`, 'dossier'],
  [`Hồ sơ ${H7_CODE_A} bị trả về là sao ạ`, 'dossier'],
  [`check status ${H7_CODE_C}`, 'dossier'],
  [`tiến độ hs ${H7_CODE_B}?`, 'dossier'],
  [`ma ho so la ${H7_CODE_A_NODOTS} a`, 'dossier'],
  ['muốn biết hồ sơ đăng ký biến động đất đai đã được duyệt chưa', 'dossier'],
  [`e có giấy biên nhận ghi số ${H7_CODE_A}, giờ xem kết quả ở đâu`, 'dossier'],
  ['hồ sơ nộp online trên cổng dịch vụ công giờ muốn xem đã giải quyết chưa thì làm sao', 'dossier'],
  [`xin chào, nhờ cán bộ tra giúp hồ sơ ${H7_CODE_C} đã trả kết quả chưa`, 'dossier'],
  [`cho hoi ho so so ${H7_CODE_B} khi nao lay dc ket qua`, 'dossier'],
  ['tra cứu hồ sơ giúp mình với', 'dossier'],

  // Procedures: requirements, fees, where, how long
  ['làm giấy khai sinh cho con cần mang những gì ạ', 'procedure'],
  ['thu tuc dang ky ket hon can giay to gi', 'procedure'],
  ['cấp lại cccd bị mất thì làm ở đâu', 'procedure'],
  ['what do I need to get a building permit for a house?', 'procedure'],
  ['lệ phí cấp đổi giấy phép lái xe bao nhiêu vậy ad', 'procedure'],
  ['tthc chuyển nhượng quyền sử dụng đất', 'procedure'],
  ['xin giay xac nhan tinh trang hon nhan o dau', 'procedure'],
  ['đăng ký tạm trú cần chuẩn bị hồ sơ gì', 'procedure'],
  ['muốn mở hộ kinh doanh cá thể thì làm thủ tục gì', 'procedure'],
  ['what documents do I need to register a death?', 'procedure'],
  ['thủ tục cấp sổ đỏ lần đầu mất bao lâu', 'procedure'],
  ['trích lục khai sinh bản sao xin ở đâu', 'procedure'],
  ['thur tucj đăng kí thường trú cho con', 'procedure'],
  ['e muon lam lai giay khai sinh bi rach thi sao a', 'procedure'],
  ['chứng thực bản sao giấy tờ có làm ở xã được không', 'procedure'],
  ['Is there an online procedure for a household business licence?', 'procedure'],
  ['xin giấy phép bán lẻ rượu cần j', 'procedure'],
  ['đổi tên trong giấy khai sinh được ko, thủ tục ntn', 'procedure'],
  ['nhan con nuoi can nhung giay to gi', 'procedure'],
  ['lam ho chieu pho thong nop o dau', 'procedure'],
  ['xay nha o nong thon co phai xin giay phep ko', 'procedure'],
  ['xin bản sao giấy khai sinh hết bao nhiêu tiền', 'procedure'],

  // Feedback: problems described, complaints, suggestions
  ['đường liên thôn xóm 3 bị sụt lún nguy hiểm quá, đề nghị xử lý', 'feedback'],
  ['den duong ngo 12 hong ca thang nay toi om', 'feedback'],
  ['tôi muốn phản ánh việc đổ trộm rác thải ra bờ sông', 'feedback'],
  ['quán karaoke hát đến 1h sáng không ai ngủ được', 'feedback'],
  ['There is a broken water pipe flooding the street near the market', 'feedback'],
  ['cán bộ một cửa thái độ hách dịch, tôi muốn góp ý', 'feedback'],
  ['kien nghi lam lai muong thoat nuoc khu pho 4', 'feedback'],
  ['cây đổ chắn ngang đường sau bão mấy hôm rồi chưa ai dọn', 'feedback'],
  ["I'd like to file a complaint about illegal construction next to my house", 'feedback'],
  ['nhà bên cạnh xây lấn chiếm vỉa hè đường Lý Thái Tổ', 'feedback'],
  ['phanr anhs xe tải chở cát làm rơi vãi đầy đường', 'feedback'],
  ['co nguoi dot rom ra khoi mu mit ca xom', 'feedback'],
  ['muốn gửi kiến nghị về việc bồi thường giải phóng mặt bằng chưa thỏa đáng', 'feedback'],
  ['cống bị tắc, mưa là ngập, báo ai xử lý ạ', 'feedback'],
  ['cho tha rong can nguoi o thon dong ma chang ai quan', 'feedback'],
  ['nop ho so 3 lan ma bi tra ve khong ly do, toi muon khieu nai', 'feedback'],
  ['report a problem: garbage has not been collected for a week', 'feedback'],
  ['ổ gà to giữa tỉnh lộ 295 đi xe máy ngã mấy vụ rồi', 'feedback'],
  ['góp ý: nên mở thêm quầy tiếp nhận chiều thứ 7', 'feedback'],

  // Businesses by tax code
  ['mst 0301587423 là công ty nào vậy', 'business'],
  ['tra cuu cong ty theo ma so thue 2301276848', 'business'],
  ['0104529133 ạ', 'business'],
  ['Can you look up the company with tax code 4800362158?', 'business'],
  ['kiem tra giup dn 3102251470 con hoat dong khong', 'business'],
  ['chi nhánh mst 0203367187-001 địa chỉ ở đâu', 'business'],
  ['ai là người đại diện pháp luật của doanh nghiệp mã 2700951639', 'business'],
  ['muốn tra thông tin 1 doanh nghiệp trên địa bàn tỉnh', 'business'],
  ['ma so thue 5800417296 cua cty nao', 'business'],
  ['is company 1100789340 still active', 'business'],

  // My dossiers (by the shared phone number)
  ['tôi quên mã hồ sơ rồi, xem lại các hồ sơ đã nộp được không', 'my_dossiers'],
  ['cho xem danh sach ho so minh da nop', 'my_dossiers'],
  ['show me all the applications I submitted', 'my_dossiers'],
  ['tra các hồ sơ đứng tên tôi theo số điện thoại', 'my_dossiers'],
  ['mat giay hen roi ko nho ma ho so', 'my_dossiers'],
  ['những hồ sơ nào của tôi đang được xử lý', 'my_dossiers'],
  ['toi co bao nhieu ho so dang nop o tinh', 'my_dossiers'],

  // Help: hotline, address, hours
  ['số điện thoại đường dây nóng của trung tâm là gì', 'help'],
  ['bo phan mot cua mo cua may gio', 'help'],
  ['What are your opening hours?', 'help'],
  ['địa chỉ trung tâm phục vụ hành chính công ở đâu ạ', 'help'],
  ['mình cần hỗ trợ mà ko biết dùng cái này', 'help'],
  ['hotline ho tro la so may vay', 'help'],

  // Handoff: a person
  ['cho tôi nói chuyện với cán bộ trực tiếp', 'handoff'],
  ['gap nguoi that dc ko, bot tra loi ko dung', 'handoff'],
  ['I want to speak to a human please', 'handoff'],
  ['chuyển cho nhân viên tư vấn giúp em', 'handoff'],
  ['có cán bộ nào trực không ạ, em cần hỏi gấp', 'handoff'],
  ['ket noi voi chuyen vien ho tro', 'handoff'],

  // My feedback tickets, and one ticket by number
  ['các phản ánh tôi đã gửi giờ sao rồi', 'my_feedback'],
  ['xem lai phan anh cua minh', 'my_feedback'],
  ['did anyone answer the reports I sent?', 'my_feedback'],
  ['phản ánh hôm trước của em có ai xử lý chưa', 'my_feedback'],
  ['danh sách kiến nghị tôi đã gửi', 'my_feedback'],
  ['PA-ZL-2026-000412 đã có trả lời chưa ạ', 'feedback_ticket'],
  ['xem phan anh so pa zl 2026 318', 'feedback_ticket'],
  ['status of ticket PA-ZL-2026-000265?', 'feedback_ticket'],
  ['phản ánh mã PA-ZL-2026-000139 của tôi xử lý tới đâu', 'feedback_ticket'],

  // Announcements
  ['tắt hết thông báo của trang đi giúp tôi', 'unsubscribe'],
  ['huy nhan tin thong bao', 'unsubscribe'],
  ['I no longer want to receive your notices', 'unsubscribe'],
  ['tôi muốn nhận thông báo của xã Tân Lập', 'subscriptions'],
  ['dang ky nhan tin ve lich tiem chung', 'subscriptions'],
  ['How do I subscribe to news from my commune?', 'subscriptions'],

  // Menu, language, greeting
  ['cho xem menu với', 'menu'],
  ['bên mình có những chức năng gì', 'menu'],
  ['quay lai danh muc chinh', 'menu'],
  ['chuyển sang tiếng Anh giúp mình', 'language'],
  ['can we chat in English please', 'language'],
  ['chuyen lai tieng viet di ad', 'language'],
  ['chào ad, mình mới quan tâm trang', 'welcome'],
  ['hi, I just followed this page', 'welcome'],

  // Personal data
  ['các bạn đang lưu những dữ liệu gì về tôi', 'my_data'],
  ['what personal information do you store about me?', 'my_data'],
  ['xoá hết thông tin cá nhân của tôi trên hệ thống đi', 'erase_my_data'],
  ['please delete all my data', 'erase_my_data'],

  // Follows
  ['liet ke giup cac ho so toi dang theo doi', 'follows'],
  ['xem các hồ sơ đã bấm theo dõi', 'follows'],
  [`không cần báo hồ sơ ${H7_CODE_A} nữa đâu`, 'dossier_unfollow'],
  [`ngung nhan cap nhat ho so ${H7_CODE_B}`, 'dossier_unfollow'],
  [`khi nào hồ sơ ${H7_CODE_C} có kết quả thì nhắn cho tôi nhé`, 'dossier_follow'],
  [`theo doi ho so ${H7_CODE_B} giup minh, co gi bao nhe`, 'dossier_follow'],

  // Out of scope: prices, weather, sports, adverts with phone numbers, chit-chat, unrelated requests
  ['giá xăng ron 95 tuần này tăng hay giảm', 'none'],
  ['thoi tiet cuoi tuan o bac ninh the nao', 'none'],
  ['tối nay Việt Nam đá với Thái mấy giờ', 'none'],
  ['Nhận làm hồ sơ vay vốn nhanh, lãi thấp, LH 0912 847 356', 'none'],
  ['thanh lý bàn ghế văn phòng giá rẻ zalo 0387 114 925', 'none'],
  ['ad an com chua', 'none'],
  ['bot có người yêu chưa', 'none'],
  ['cho hỏi giá lúa hôm nay thu mua bao nhiêu 1 cân', 'none'],
  ['tra cứu điểm thi tốt nghiệp THPT 2026', 'none'],
  ['số điện thoại taxi Mai Linh', 'none'],
  ['How much is a bus ticket to Hanoi?', 'none'],
  ['what was the score of the Vietnam match yesterday', 'none'],
  ['tra cuu hoa don tien dien thang 11', 'none'],
  ['lich chieu phim cgv hom nay', 'none'],
  ['đặt lịch khám bệnh ở bệnh viện đa khoa tỉnh', 'none'],
  ['hihi cảm ơn nhé', 'none'],
  ['tuyển cộng tác viên bán hàng online thu nhập 10tr/tháng, ib 0968 223 417', 'none'],
  ['tỷ giá đô la hôm nay', 'none'],
  ['nha minh mat meo mau vang ai thay bao minh voi', 'none'],
  ['cách nấu phở bò ngon', 'none'],
  ['nạp thẻ điện thoại viettel ở đâu', 'none'],
  ['kiem tra don hang shopee giup toi', 'none'],
];

/**
 * Tuning 14: written on 2026-12-03 in one go, before the changes it measures and without reading held-out 5 or 6: every
 * label as typed on Zalo (marks or none, Telex leftovers on every word, typos, hs/mst/cccd/sđt, codes inside
 * sentences, English), the weak spots of earlier rounds (the citizen's own reports against a new report, "all my
 * dossiers", a personal tax code as a procedure, "tell me when my dossier is done"), and out-of-scope adverts that end
 * in a phone number beside genuine reports that give the citizen's own phone (one of them also a valid tax code).
 * Six messages that turned out to be flows' own examples were replaced by new ones written the same way.
 */
const T14_CODE_A = '000.00.27.H02-261118-0031';
const T14_CODE_A_LOOSE = '000.00.27.h02 261118 0031';
const T14_CODE_B = '000.00.09.H02-261020-0115';
const T14_TAX = '3701234562';
// A mobile number whose last digit happens to be a valid tax code check digit.
const T14_PHONE_TAX = '0905123456';

const batch14Tune: [string, string][] = [
  // Dossier lookup
  ['hồ sơ của em nộp ở xã hôm 20/11 giờ sao rồi ạ', 'dossier'],
  ['tra giup e ho so voi, nop lau roi ma chua thay goi', 'dossier'],
  [`${T14_CODE_A} đã xong chưa ad`, 'dossier'],
  [`mình nộp hồ sơ số ${T14_CODE_A_LOOSE} hôm trước, nhờ ad check giúp`, 'dossier'],
  ['hoof sow cuar tooi ddax cos keets quar chuaw', 'dossier'],
  ['kieerm tra tinhf trangj hoof sow', 'dossier'],
  ['hs xin cấp phép xây dựng của nhà mình đang ở bước nào vậy', 'dossier'],
  ['sao hồ sơ đất của tôi trễ hẹn 2 tuần rồi mà không ai báo', 'dossier'],
  [`em hỏi hồ sơ ${T14_CODE_B} ạ, bên một cửa hẹn hôm qua trả`, 'dossier'],
  [`can you check ${T14_CODE_A} for me`, 'dossier'],
  ['any news on my application?', 'dossier'],
  ['ket qua ho so cua em co chua ad', 'dossier'],
  ['hồ sơ cấp đổi sổ đỏ nộp 1 tháng rồi chưa có kết quả', 'dossier'],
  ['hs tro cap that nghiep cua toi duyet chua', 'dossier'],
  ['e muốn tra cứu hồ sơ đã nộp online', 'dossier'],
  [T14_CODE_A_LOOSE, 'dossier'],
  [`mã hs của em là ${T14_CODE_B}, khi nào lấy được`, 'dossier'],
  ['ho so lam the bhyt cho be den dau roi', 'dossier'],
  // My dossiers (by phone number)
  ['muốn xem tất cả hồ sơ tôi đã nộp', 'my_dossiers'],
  ['xem het ho so cua toi', 'my_dossiers'],
  ['cho em coi hết mấy hồ sơ em đã nộp', 'my_dossiers'],
  ['liệt kê tất cả các hồ sơ đứng tên em', 'my_dossiers'],
  ['toàn bộ hồ sơ của mình nộp từ trước tới giờ', 'my_dossiers'],
  ['tat ca ho so toi da nop o huyen', 'my_dossiers'],
  ['em quên mất mã hồ sơ, tra bằng sđt được ko', 'my_dossiers'],
  ['khong con giu giay bien nhan, sao biet ma ho so', 'my_dossiers'],
  ['show me all my applications', 'my_dossiers'],
  ['xem hết hs của tôi với', 'my_dossiers'],
  // Procedures
  ['đăng ký mã số thuế cá nhân ở đâu', 'procedure'],
  ['xin cấp mst cho hộ kinh doanh cần gì', 'procedure'],
  ['thủ tục cấp mã số thuế lần đầu', 'procedure'],
  ['thur tucj ddawng kys khai sinh', 'procedure'],
  ['lamf cawn cuwowcs cho con', 'procedure'],
  ['làm giấy chứng nhận độc thân cần gì vậy ad', 'procedure'],
  ['thu tuc sang ten so do cho con', 'procedure'],
  ['đăng ký khai sinh quá hạn có bị phạt không', 'procedure'],
  ['lam ho chieu online the nao', 'procedure'],
  ['cap lai giay phep lai xe bi mat', 'procedure'],
  ['thủ tục xin đất làm nhà ở', 'procedure'],
  ['xin cấp giấy phép kinh doanh vận tải', 'procedure'],
  ['chuyển khẩu cho vợ về nhà chồng cần giấy tờ gì', 'procedure'],
  ['lệ phí chứng thực bản sao bao nhiêu một trang', 'procedure'],
  ['how do I register my newborn baby', 'procedure'],
  ['what do I need to get a passport', 'procedure'],
  ['đăng ký thường trú cho con mới sinh', 'procedure'],
  ['xin trợ cấp cho người khuyết tật nặng', 'procedure'],
  ['lam giay uy quyen o dau', 'procedure'],
  ['khai tử cho ông nội cần mang gì', 'procedure'],
  // Business
  [`mst ${T14_TAX} là của cty nào vậy`, 'business'],
  [`kiểm tra giúp em công ty có mã số thuế ${TAX_OTHER}`, 'business'],
  ['tra cuu ma so thue doanh nghiep', 'business'],
  ['cty nay con hoat dong hay da dong mst roi', 'business'],
  [`${T14_TAX} con hd ko`, 'business'],
  ['check company status by tax code', 'business'],
  ['tìm thông tin doanh nghiệp đối tác', 'business'],
  ['tra cứu mst công ty', 'business'],
  // Feedback, some with the citizen's own phone number
  ['đường thôn 3 hỏng nặng, liên hệ em 0912345678', 'feedback'],
  [`đèn đường ngõ 7 tắt 1 tuần rồi, có gì gọi em sđt ${T14_PHONE_TAX}`, 'feedback'],
  ['cống trước nhà bị tắc bốc mùi, sdt của tôi 0987654321 để cán bộ liên hệ', 'feedback'],
  ['có người đổ trộm rác ra bãi đất trống, em ở tổ 4, lh 0338123456', 'feedback'],
  ['mương nước bị lấp làm ngập ruộng nhà tôi, liên hệ 0977888999', 'feedback'],
  ['phản ánh: cán bộ địa chính hẹn mãi không giải quyết', 'feedback'],
  ['nuoc sinh hoat nha em bi duc 3 ngay nay', 'feedback'],
  ['xe công nông chạy ầm ầm cả đêm', 'feedback'],
  ['đường bê tông mới làm đã nứt toác', 'feedback'],
  ['cay xa cu truoc cong truong nghieng sap do', 'feedback'],
  ['hàng xóm nuôi chó thả rông, cắn con tôi', 'feedback'],
  ['có bãi tập kết cát trái phép ven sông', 'feedback'],
  ['I would like to report a water leak on my street', 'feedback'],
  ['gop y: nen bo tri them ghe ngoi cho nguoi cho o bo phan mot cua', 'feedback'],
  ['muốn phản ánh việc thu phí sai quy định', 'feedback'],
  ['tôi muốn gửi phản ánh', 'feedback'],
  ['ổ gà trước UBND xã sâu lắm, hôm qua có người ngã', 'feedback'],
  // My feedback and tickets
  ['phản ánh của tôi gửi tuần trước sao rồi', 'my_feedback'],
  ['xem lại phản ánh của tôi', 'my_feedback'],
  ['phan anh cua em da co ket qua chua', 'my_feedback'],
  ['mấy cái kiến nghị tôi gửi có ai xử lý chưa', 'my_feedback'],
  ['cho em xem các góp ý đã gửi', 'my_feedback'],
  ['em gửi phản ánh về đèn đường rồi mà chưa ai trả lời', 'my_feedback'],
  ['my feedback status', 'my_feedback'],
  ['phản ánh tôi đã gửi', 'my_feedback'],
  ['PA-ZL-2026-000888 sao rồi ad', 'feedback_ticket'],
  ['pa zl 2026 000512 xu ly chua', 'feedback_ticket'],
  ['phản ánh mã PA-ZL-2026-000066 của tôi có kết quả chưa', 'feedback_ticket'],
  // Follows, follow, unfollow
  ['mình đang theo dõi bao nhiêu hồ sơ', 'follows'],
  ['xem các hồ sơ đã đăng ký nhận tin', 'follows'],
  ['which applications do I get updates for', 'follows'],
  ['báo cho em khi hồ sơ có kết quả nhé', 'dossier_follow'],
  [`khi nào ${T14_CODE_B} có kết quả thì nhắn tôi`, 'dossier_follow'],
  [`báo tin cho tôi khi hồ sơ ${T14_CODE_A} xong`, 'dossier_follow'],
  ['hồ sơ có kết quả thì thông báo cho mình qua zalo nhé', 'dossier_follow'],
  [`theo dõi hồ sơ ${T14_CODE_A_LOOSE}`, 'dossier_follow'],
  ['notify me when my application is ready', 'dossier_follow'],
  ['đã nhận kết quả rồi, thôi khỏi báo tin hồ sơ nữa', 'dossier_unfollow'],
  [`bo theo doi hs ${T14_CODE_A}`, 'dossier_unfollow'],
  ['stop following my application', 'dossier_unfollow'],
  // Announcements and personal data
  ['đăng ký nhận tin lịch cắt nước', 'subscriptions'],
  ['cho em nhận thông báo của phường với', 'subscriptions'],
  ['sign me up for announcements from the commune', 'subscriptions'],
  ['đừng gửi tin thông báo chung cho tôi nữa', 'unsubscribe'],
  ['huy nhan tin cua trang', 'unsubscribe'],
  ['stop all messages from this page', 'unsubscribe'],
  ['trang đang lưu những gì về em', 'my_data'],
  ['what data do you store about me', 'my_data'],
  ['xoa thong tin ca nhan cua toi', 'erase_my_data'],
  ['delete my phone number', 'erase_my_data'],
  // Talk to a person, help, menu, language, welcome
  ['cho em gặp cán bộ trực với ạ', 'handoff'],
  ['noi chuyen voi nguoi that di', 'handoff'],
  ['có ai ở đó không, em cần hỏi trực tiếp', 'handoff'],
  ['chuyển cho nhân viên giúp tôi', 'handoff'],
  ['I want to talk to a real person', 'handoff'],
  ['số điện thoại của bộ phận một cửa xã', 'help'],
  ['ubnd huyện làm việc giờ nào', 'help'],
  ['trung tam hanh chinh cong o duong nao', 'help'],
  ['chiều chủ nhật có nhận hồ sơ không', 'help'],
  ['email liên hệ của ủy ban', 'help'],
  ['office opening hours', 'help'],
  ['mở menu giúp mình', 'menu'],
  ['bạn làm được những việc gì', 'menu'],
  ['back to the main menu', 'menu'],
  ['chuyển qua tiếng anh đi', 'language'],
  ['tiếng Việt đi bạn', 'language'],
  ['chào ad ạ, em mới vào trang', 'welcome'],
  ['chào buổi sáng ạ', 'welcome'],
  // Out of scope: adverts with a phone number (one a valid tax code), prices, weather, football, chit-chat
  [`nhận làm sổ đỏ nhanh, bao đậu, liên hệ ${T14_PHONE_TAX}`, 'none'],
  ['cho vay tiền mặt không thế chấp LH 0977888999', 'none'],
  ['tuyển CTV bán hàng online, lương cao, ib em', 'none'],
  ['nhận làm hồ sơ vay vốn ngân hàng, lh 0868456123', 'none'],
  ['bán lô đất 100m2 thổ cư giá rẻ LH 0909090909', 'none'],
  ['dịch vụ làm cccd nhanh lấy ngay, liên hệ zalo 0912345678', 'none'],
  ['thu mua phế liệu giá cao gọi 0338123456', 'none'],
  [`tuyen tho xay, luong 500k/ngay, lh ${T14_PHONE_TAX}`, 'none'],
  ['sửa điều hòa tại nhà giá rẻ 0987654321', 'none'],
  ['giá vàng hôm nay tăng hay giảm', 'none'],
  ['thoi tiet ngay mai o hue', 'none'],
  ['tỷ số trận Việt Nam Thái Lan', 'none'],
  ['xo so mien trung hom nay', 'none'],
  ['cách làm bánh flan', 'none'],
  ['mua iphone 15 trả góp', 'none'],
  ['ad ơi ăn cơm chưa', 'none'],
  ['cho thuê xe tự lái 7 chỗ', 'none'],
  ['bitcoin hôm nay bao nhiêu', 'none'],
  ['how to lose weight fast', 'none'],
  ['giá xe wave alpha mới', 'none'],
];

/**
 * An eighth held-out set, written in one go on 2026-12-03 by a helper who had not read the matcher, its word lists, the
 * flows' examples nor the earlier batches' wording, and never tuned on. Codes, tax codes (valid check digits) and
 * ticket numbers are made up in the same formats as above. Roughly the mix of real traffic: procedure questions,
 * dossier status with and without a code, problems and complaints, near-miss lookups the service does not offer, then
 * the smaller flows; about one message in eight in English. One message that turned out to be a flow's own example or
 * keyword (the check below) and four that matched earlier batches' messages word for word were replaced by new ones
 * written the same way, still without reading the examples or the earlier wording.
 */
const H8_CODE_A = '000.00.19.H02-260827-0147';
const H8_CODE_A_LOOSE = '000.00.19.h02 260827 0147';
const H8_CODE_B = '000.00.04.H02-261103-0029';
const H8_CODE_C = '000.00.33.H02-250402-0611';
const H8_CODE_C_NODOTS = '0000033h02-250402-0611';
const H8_TAX_A = '0101234565';
const H8_TAX_B = '0307654323';
const H8_TAX_C = '4200987655';
const H8_TAX_D = '3705566777';
const H8_TICKET_A = 'PA-2026-004517';
const H8_TICKET_B = 'PA-2026-012083';

const batch8: [string, string][] = [
  // Procedures: requirements, fees, where, how long.
  ['cho em hỏi làm giấy khai sinh cho con cần những giấy tờ gì ạ', 'procedure'],
  ['dang ky khai tu cho ong noi thi len xa hay len huyen vay ad', 'procedure'],
  ['Làm căn cước cho bé 10 tuổi có cần đưa bé đi cùng không ạ', 'procedure'],
  ['cấp lại cccd bị mất thì phí bao nhiêu', 'procedure'],
  ['e mún đk tạm trú ở phòng trọ thì chủ trọ cần kí j ko ạ', 'procedure'],
  ['thủ tục nhập hộ khẩu thường trú về nhà vợ cần những gì', 'procedure'],
  ['sang tên sổ đỏ mua bán đất hết bao lâu vậy ad, thuế phí tính sao', 'procedure'],
  ['xin giay phep xay dung nha o 3 tang o nong thon co can ko', 'procedure'],
  ['mở hộ kinh doanh bán tạp hóa thì đăng ký ở đâu ạ', 'procedure'],
  ['doi bang lai xe giay sang the pet thi nop online dc ko', 'procedure'],
  ['lý lịch tư pháp số 2 xin ở đâu, mất mấy ngày', 'procedure'],
  ['chứng thực bản sao sổ hộ khẩu ở xã mất phí bao nhiêu 1 trang', 'procedure'],
  ['hoof sow dang ky ket hon gomf nhung gi a', 'procedure'],
  ['kết hôn với người nước ngoài thì làm thủ tục ở sở tư pháp hay ubnd huyện', 'procedure'],
  ['tthc xin giay xac nhan doc than de dang ky ket hon o tinh khac', 'procedure'],
  ['How do I register the birth of my baby? what documents do I need', 'procedure'],
  ["what's the fee for getting a construction permit for a house", 'procedure'],
  [
    'Em chào anh chị ạ. Nhà em ở quê có mảnh đất của bố mẹ để lại, bây giờ bố em mất rồi mấy anh em muốn chia thừa kế rồi làm sổ đỏ riêng thì phải làm những bước nào ạ, có phải ra văn phòng công chứng trước không, em cảm ơn',
    'procedure',
  ],
  ['trích lục khai sinh bản sao xin lại được ko mn, bản gốc mất rồi', 'procedure'],
  ['xin cấp lại giấy chứng nhận quyền sử dụng đất bị rách', 'procedure'],
  ['giấy phép kinh doanh quán cafe có cần pccc không ạ', 'procedure'],
  ['xác nhận thông tin cư trú làm ở đâu vậy ạ', 'procedure'],
  ['con em sinh ra ở nước ngoài giờ về VN đăng ký khai sinh được không', 'procedure'],
  ['thu tuc tach thua dat bao nhieu m2 thi dc tach', 'procedure'],
  ['đăng ký giám hộ cho cháu cần giấy gì', 'procedure'],
  ["I'm a foreigner married to a Vietnamese, how to apply for temporary residence card", 'procedure'],
  ['chuyen muc dich su dung dat tu dat vuon len dat o thi nop tien bao nhieu', 'procedure'],
  ['nộp hồ sơ cấp phép xây dựng online ở trang nào ạ', 'procedure'],
  ['thay doi ten chu ho kinh doanh thi lam sao', 'procedure'],
  ['xin trợ cấp cho người khuyết tật thì làm hồ sơ gì ạ', 'procedure'],
  ['mat giay khai sinh ban goc thi xin lai the nao', 'procedure'],
  // Dossier status with a code.
  [H8_CODE_A, 'dossier'],
  [`tra cứu hồ sơ ${H8_CODE_B} giúp em với ạ`, 'dossier'],
  [`ma hs cua toi la ${H8_CODE_A_LOOSE} sao mai chua co ket qua`, 'dossier'],
  [`${H8_CODE_C} đến hẹn rồi mà chưa gọi lên lấy`, 'dossier'],
  [`Can you check the status of application ${H8_CODE_B}?`, 'dossier'],
  [`ad oi ho so so ${H8_CODE_C_NODOTS} da duyet chua`, 'dossier'],
  [
    `Mình nộp hồ sơ sang tên đất, mã biên nhận ${H8_CODE_A}, giấy hẹn ghi 15/11 mà giờ đã quá hạn gần 3 tuần chưa thấy ai báo gì`,
    'dossier',
  ],
  [`kiem tra giup ${H8_CODE_B.toLowerCase()}`, 'dossier'],
  [`hs ${H8_CODE_A} dang o buoc nao r`, 'dossier'],
  [H8_CODE_A_LOOSE, 'dossier'],
  [`cho hỏi tình trạng hồ sơ mã số ${H8_CODE_C} ạ`, 'dossier'],
  [`giấy hẹn trả kết quả ${H8_CODE_B} ngày mai có lấy được k`, 'dossier'],
  [`my dossier ${H8_CODE_C} is late, when will it be done`, 'dossier'],
  [`Xin chào, tôi muốn biết hồ sơ ${H8_CODE_A} đã được ký chưa`, 'dossier'],
  [`${H8_CODE_B} xong chua ad`, 'dossier'],
  // Dossier status, no code yet.
  ['hồ sơ em nộp hôm thứ 2 tuần trước giờ sao rồi ạ', 'dossier'],
  ['ho so cap so do cua nha toi nop tu thang 8 den gio van chua co, tre han qua lau roi', 'dossier'],
  ['muốn tra cứu tình trạng hồ sơ', 'dossier'],
  ['hs khai sinh cho con e đã có kết quả chưa ạ', 'dossier'],
  ['kiem tra tien do ho so dum minh', 'dossier'],
  ['Bao giờ thì có kết quả hồ sơ đăng ký kinh doanh vậy, nộp 5 hôm rồi', 'dossier'],
  ['giấy hẹn của em hẹn hôm nay mà lên bộ phận một cửa người ta bảo chưa có, giờ tra ở đâu', 'dossier'],
  ['I submitted my application last month, has it been approved yet?', 'dossier'],
  ['hồ sơ cấp phép xây dựng đã duyệt chưa nhỉ', 'dossier'],
  ['e mất giấy biên nhận rồi, giờ muốn xem hồ sơ tới đâu thì sao ạ', 'dossier'],
  ['ho so lam cccd cho con da xong chua', 'dossier'],
  ['Tra cuu ket qua giai quyet thu tuc hanh chinh', 'dossier'],
  ['hs chuyen nhuong dat bi tra ve la sao ad', 'dossier'],
  ['đã nộp hồ sơ online rồi, làm sao biết khi nào xong', 'dossier'],
  ['check my application status pls', 'dossier'],
  // Problems, complaints, suggestions.
  ['đường vào thôn 3 xã Phú Lộc có ổ gà to lắm, tối qua có người ngã xe', 'feedback'],
  ['rác đổ bừa ở đầu hẻm 45 mấy tuần nay không ai thu gom, bốc mùi', 'feedback'],
  ['khu vuc nga tu cho moi lan mua la ngap toi dau goi', 'feedback'],
  ['quán karaoke cạnh nhà hát tới 1-2h sáng không ngủ được, phản ánh giúp', 'feedback'],
  ['nha ben canh dang xay lan chiem loi di chung, co giay phep ko ma xay vay', 'feedback'],
  ['tôi muốn khiếu nại cán bộ địa chính xã, hẹn tới hẹn lui gây khó dễ', 'feedback'],
  ['cb một cửa huyện thái độ rất hách dịch, quát người dân', 'feedback'],
  ['đèn đường đoạn từ cầu tới trường học tắt cả tuần nay rồi tối om', 'feedback'],
  ['góp ý: nên có chỗ để xe cho người đi làm thủ tục ở ubnd phường, chật quá', 'feedback'],
  ['There is a big pothole on Tran Hung Dao street near the market, please fix it', 'feedback'],
  ['I want to complain about a staff member at the commune office who asked me for money', 'feedback'],
  ['cây xanh ngã đè lên dây điện ở đường Lê Lợi, nguy hiểm lắm', 'feedback'],
  ['nước sinh hoạt có mùi và màu vàng mấy hôm nay', 'feedback'],
  ['xưởng gỗ gần khu dân cư xả bụi khói cả ngày, người già trẻ nhỏ ho suốt', 'feedback'],
  ['con muon phan anh viec lan chiem via he lam quan nhau o duong Nguyen Hue', 'feedback'],
  ['cống bị tắc nước thải tràn ra đường', 'feedback'],
  ['ad ơi có chỗ nào để báo việc đốt rơm rạ khói mù mịt không', 'feedback'],
  ['Trường mầm non ở xã thu thêm nhiều khoản tiền không rõ ràng, phụ huynh bức xúc lắm', 'feedback'],
  ['bến xe buýt ko có mái che, mưa nắng người già đứng chờ khổ lắm, đề nghị làm mái che', 'feedback'],
  ['có người bán hàng rong chiếm lòng đường trước cổng bệnh viện gây kẹt xe', 'feedback'],
  ['cầu tre qua suối ở bản em sắp sập rồi, học sinh đi qua hàng ngày', 'feedback'],
  ['nộp hồ sơ 3 lần vẫn bị trả lại mỗi lần một lý do, như vậy là hành dân', 'feedback'],
  ['chó thả rông không rọ mõm cắn trẻ con trong xóm', 'feedback'],
  ['web dịch vụ công của tỉnh lỗi không đăng nhập được mấy ngày nay', 'feedback'],
  ['streetlights broken on my road for 2 weeks', 'feedback'],
  // Out of scope, near misses included.
  ['tra điểm thi tốt nghiệp thpt 2026 ở đâu', 'none'],
  ['xem phạt nguội xe biển 43A-12345', 'none'],
  ['tiền điện tháng này sao cao vậy, tra hóa đơn điện giúp', 'none'],
  ['tra cứu quá trình đóng bhxh', 'none'],
  ['so tai khoan ngan hang cua em bi khoa lam sao mo', 'none'],
  ['giá vàng hôm nay bn', 'none'],
  ['thời tiết mai ở Đà Nẵng có mưa không', 'none'],
  ['Nhận làm bằng lái xe, sổ đỏ nhanh giá rẻ, lh 09xx', 'none'],
  ['vay tiền nhanh không cần thế chấp, giải ngân trong ngày', 'none'],
  ['ad co ny chua', 'none'],
  ['any good restaurants around the city centre?', 'none'],
  ['Can you check my electricity bill?', 'none'],
  ['tuyển dụng công nhân may ở khu công nghiệp còn không', 'none'],
  ['mua sim so dep o dau', 'none'],
  ['tra cứu điểm chuẩn đại học bách khoa', 'none'],
  ['lịch cúp điện khu em ngày mai', 'none'],
  ['kiểm tra bảo hiểm y tế còn hạn không', 'none'],
  ['viết giúp em bài văn tả mẹ', 'none'],
  // Businesses.
  [H8_TAX_A, 'business'],
  [`tra mst ${H8_TAX_B} giup em`, 'business'],
  [`cong ty co ma so thue ${H8_TAX_C} con hoat dong khong`, 'business'],
  ['tra thông tin công ty TNHH Xây dựng Hoàng Phát', 'business'],
  ['cty cổ phần thực phẩm An Khang địa chỉ ở đâu, ai là giám đốc', 'business'],
  [`look up company with tax code ${H8_TAX_D}`, 'business'],
  ['doanh nghiệp Minh Long có bị đóng mã số thuế chưa', 'business'],
  [`mst ${H8_TAX_A} là của dn nào vậy`, 'business'],
  ['nguoi dai dien phap luat cua cong ty tnhh thuong mai dich vu Tan Tien la ai', 'business'],
  [`e muốn kiểm tra đối tác ${H8_TAX_C}, cty này có thật không ạ`, 'business'],
  // The smaller flows.
  ['xem tất cả hồ sơ tôi đã nộp', 'my_dossiers'],
  ['tôi có mấy hồ sơ đang giải quyết, liệt kê giúp', 'my_dossiers'],
  ['ds ho so cua em', 'my_dossiers'],
  ["list every application I've filed", 'my_dossiers'],
  ['các phản ánh tôi gửi trước đây đã được trả lời chưa', 'my_feedback'],
  ['xem lai nhung gop y minh da gui', 'my_feedback'],
  ['list my reports', 'my_feedback'],
  [H8_TICKET_A, 'feedback_ticket'],
  [`phản ánh số ${H8_TICKET_B} xử lý tới đâu rồi ạ`, 'feedback_ticket'],
  [`${H8_TICKET_A.toLowerCase()} da co tra loi chua`, 'feedback_ticket'],
  [`báo cho tôi khi hồ sơ ${H8_CODE_B} có kết quả`, 'dossier_follow'],
  ['muon nhan thong bao khi ho so cua minh thay doi trang thai', 'dossier_follow'],
  [`notify me when ${H8_CODE_A} is updated`, 'dossier_follow'],
  [`đừng gửi thông báo về hồ sơ ${H8_CODE_C} nữa, tôi lấy kết quả rồi`, 'dossier_unfollow'],
  ['ko muon nhan tin bao ve ho so do nua, bo theo doi giup', 'dossier_unfollow'],
  ['mấy hồ sơ tôi bấm theo dõi là những cái nào vậy', 'follows'],
  ['xem ds hs dang theo doi', 'follows'],
  ['đăng ký nhận tin thông báo của tỉnh', 'subscriptions'],
  ['muốn nhận thông báo về tuyển sinh và y tế thôi', 'subscriptions'],
  ["I'd like to get announcements from the province", 'subscriptions'],
  ['đừng gửi tin thông báo cho tôi nữa, nhiều quá', 'unsubscribe'],
  ['please quit messaging me the province news, too many of them', 'unsubscribe'],
  ['cho em nói chuyện với cán bộ trực tiếp được không ạ', 'handoff'],
  ['gặp người thật đi, bot trả lời không đúng ý', 'handoff'],
  ['can nguoi tu van truc tiep', 'handoff'],
  ['sdt đường dây nóng của ubnd tỉnh là gì', 'help'],
  ['bộ phận một cửa làm việc thứ 7 không ạ', 'help'],
  ['what is the address of the provincial public administration service center', 'help'],
  ['cho xem các chức năng', 'menu'],
  ['quay về màn hình chính', 'menu'],
  ['xin chào buổi sáng ạ', 'welcome'],
  ['helo ad', 'welcome'],
  ['Can we talk in English please', 'language'],
  ['doi ngon ngu qua tieng anh dc k', 'language'],
  ['các bạn đang lưu những thông tin cá nhân gì của tôi', 'my_data'],
  ['xóa hết dữ liệu của tôi khỏi hệ thống, tôi không dùng nữa', 'erase_my_data'],
];

/**
 * A ninth held-out set, written in one go on 2026-12-03 by a helper who had not read the matcher, its word lists, the
 * flows' examples or triggers, nor the earlier batches' wording, and never tuned on: older people writing formally or
 * without marks, teencode, shop owners, English (some of it broken), pasted text, one or two words. Codes, tax codes
 * (valid check digits) and ticket numbers are made up in the same formats as above. Four messages that turned out to
 * be flows' own examples or keywords (the check below) and six that matched earlier batches' messages word for word were
 * replaced by new ones written the same way, still without reading the examples or the earlier wording.
 */
const H9_CODE_A = '000.00.19.H02-260907-0218';
const H9_CODE_A_LOOSE = '000.00.19.h02 260907 0218';
const H9_CODE_B = '000.00.33.H02-261002-0047';
const H9_CODE_B_LOOSE = '000.00.33.h02 261002 0047';
const H9_CODE_C = '000.00.05.H02-251214-0630';
const H9_CODE_C_NODOTS = '0000005h02-251214-0630';
const H9_CODE_D = '000.00.14.H02-261110-0009';
const H9_CODE_D_LOOSE = '000.00.14.h02 261110 0009';
const H9_TAX_A = '2301847266';
const H9_TAX_B = '2300991845';
const H9_TAX_C = '0103718427';
const H9_TAX_D = '0308921571';
const H9_TAX_E = '2801145963';
const H9_TAX_F = '4601283053';
const H9_TAX_G = '2301726487';
const H9_TICKET_A = 'PA-2026-000517';
const H9_TICKET_B = 'PA-2026-001284';
const H9_TICKET_C = 'PA-2026-000093';

const batch9: [string, string][] = [
  // procedure
  ['Cho tôi hỏi làm giấy khai sinh cho cháu nội thì cần mang những giấy tờ gì ạ', 'procedure'],
  ['lam lai cccd bi mat thi mat bao nhieu tien vay ad', 'procedure'],
  [
    'Kính gửi quý cơ quan. Tôi năm nay 72 tuổi, xin hỏi thủ tục đăng ký khai tử cho chồng tôi mới mất cần những gì và nộp ở đâu. Xin cảm ơn.',
    'procedure',
  ],
  ['đăng ký kết hôn vs ng nước ngoài thì nộp hồ sơ ở đâu z mn', 'procedure'],
  ['Xin hỏi cấp đổi sổ đỏ bị rách thì mất bao lâu?', 'procedure'],
  ['xin giay phep xay dung nha o 3 tang can nhung gi', 'procedure'],
  ['mở hộ kinh doanh bán tạp hóa thì đăng ký ở đâu, có mất phí không', 'procedure'],
  ['Đổi bằng lái xe máy hạng A1 sang mẫu mới có bắt buộc không và làm ở đâu ạ', 'procedure'],
  ['lý lịch tư pháp số 2 xin ở đâu, bao lâu thì có', 'procedure'],
  ['chứng thực bản sao bằng tốt nghiệp ở xã được không ạ, phí bao nhiêu 1 bản', 'procedure'],
  ['Bà tôi 82 tuổi chưa được hưởng trợ cấp người cao tuổi thì làm hồ sơ ở đâu ạ', 'procedure'],
  ['dang ky tam tru cho sinh vien thue tro can giay to gi', 'procedure'],
  ['How can I register temporary residence as a foreigner working in the industrial park?', 'procedure'],
  ['What documents I need for marry with Vietnamese girl here?', 'procedure'],
  ['thủ tục tách thửa đất', 'procedure'],
  ['lam so do', 'procedure'],
  ['cho e hỏi trích lục khai sinh bản sao xin lại online đc k ạ', 'procedure'],
  ['Chuyển mục đích sử dụng đất từ đất vườn sang đất ở thì phải nộp những khoản tiền gì', 'procedure'],
  ['đăng ký thường trú về nhà chồng cần giấy tờ gì', 'procedure'],
  ['Con tôi bị khuyết tật nặng, xin hỏi làm thế nào để được nhận trợ cấp hàng tháng', 'procedure'],
  ['xác nhận tình trạng hôn nhân để đi làm thủ tục mua nhà thì làm ở đâu ạ', 'procedure'],
  ['mat giay khai sinh lam lai the nao', 'procedure'],
  ['Thủ tục đăng ký hộ kinh doanh cá thể gồm những bước nào?', 'procedure'],
  ['thay đổi địa chỉ trên giấy phép kinh doanh hộ cá thể có cần lên xã không ạ', 'procedure'],
  ['how long does it take to get a construction permit for a house', 'procedure'],
  ['Làm căn cước cho bé 5 tuổi có cần đưa bé đi không ad', 'procedure'],
  ['le phi cap giay chung nhan quyen su dung dat lan dau', 'procedure'],
  [
    'Xin chào, tôi muốn đăng ký khai sinh cho con sinh ở nước ngoài nay về Việt Nam sinh sống thì phải làm thế nào',
    'procedure',
  ],
  ['ad ơi e mún lm hộ chiếu thì cần j v ạ, e ko bik lm ở đâu', 'procedure'],
  ['giấy chứng tử bản sao xin thêm được không, cần mang theo gì', 'procedure'],
  ['hỗ trợ mai táng phí cho thân nhân người có công thì nộp hồ sơ ở đâu', 'procedure'],
  ['can i apply work permit online? what paper need', 'procedure'],
  ['thủ tục đăng ký giám hộ cho cháu', 'procedure'],
  // dossier, with a code
  [`Cho tôi hỏi hồ sơ ${H9_CODE_A} đã giải quyết xong chưa ạ`, 'dossier'],
  [H9_CODE_B, 'dossier'],
  [`ma ho so ${H9_CODE_A_LOOSE} sao lau qua chua thay tra`, 'dossier'],
  [`tra cứu giúp e mã ${H9_CODE_C_NODOTS} vs ạ`, 'dossier'],
  [`Please check status of application ${H9_CODE_D}`, 'dossier'],
  [`${H9_CODE_C} ket qua the nao roi`, 'dossier'],
  [
    `Kính gửi Trung tâm phục vụ hành chính công. Ngày 14/12/2025 tôi có nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất, số biên nhận ${H9_CODE_C}. Theo giấy hẹn thì đã quá hạn hơn 2 tháng mà tôi vẫn chưa nhận được kết quả. Kính đề nghị cơ quan kiểm tra giúp.`,
    'dossier',
  ],
  [`giấy hẹn ghi ${H9_CODE_B} hẹn hôm nay trả mà lên chưa có, kiểm tra lại giúp mình`, 'dossier'],
  [H9_CODE_D_LOOSE, 'dossier'],
  [`hs ${H9_CODE_A} duoc duyet chua ad`, 'dossier'],
  [`my application code is ${H9_CODE_B_LOOSE}, is it ready for pickup?`, 'dossier'],
  [`Mã số hồ sơ: ${H9_CODE_D}\nNgười nộp: Nguyễn Văn Tám\nThủ tục: Đăng ký biến động đất đai`, 'dossier'],
  [`cho hỏi tình trạng ${H9_CODE_C}`, 'dossier'],
  [`${H9_CODE_A}  đã có kết quả chưa`, 'dossier'],
  [`ktra giúp mik cái hs ${H9_CODE_B} vs`, 'dossier'],
  // dossier, no code yet
  ['Hồ sơ đăng ký khai sinh cho cháu tôi nộp từ tuần trước giờ đến đâu rồi ạ', 'dossier'],
  ['ho so so do cua toi nop 3 thang roi chua co ket qua', 'dossier'],
  ['Tôi muốn tra cứu tình trạng hồ sơ đã nộp ở bộ phận một cửa', 'dossier'],
  ['I submitted my documents last month, how can I check the progress?', 'dossier'],
  ['hs cccd của e lm xog chưa ạ', 'dossier'],
  ['giấy phép xây dựng của nhà tôi đã được duyệt chưa vậy', 'dossier'],
  ['xem tiến độ giải quyết hồ sơ', 'dossier'],
  ['hồ sơ trễ hẹn rồi mà chưa ai báo gì', 'dossier'],
  ['nop ho so dang ky ho kinh doanh hom thu 2, bao gio lay dc ket qua', 'dossier'],
  ['làm mất giấy hẹn trả kết quả rồi thì tra hồ sơ kiểu gì', 'dossier'],
  ['Xin hỏi hồ sơ chuyển nhượng đất của gia đình tôi đã giải quyết tới bước nào', 'dossier'],
  ['hồ sơ xong chưa', 'dossier'],
  ['has my marriage registration been approved yet?', 'dossier'],
  ['Cho e hỏi hồ sơ xin trợ cấp của mẹ e đã được duyệt chưa ạ, nộp ở xã từ tháng 9', 'dossier'],
  ['xem ho so nop roi', 'dossier'],
  // feedback
  [
    'Đường liên thôn đoạn qua xóm Đông bị sụt lún một hố to, tối qua có người đi xe máy ngã. Đề nghị xã sửa sớm.',
    'feedback',
  ],
  ['đèn đường ngõ 15 tắt cả tuần nay tối om', 'feedback'],
  ['bãi rác tự phát cạnh kênh mương thôn 3 bốc mùi quá trời, ai xử lý giùm', 'feedback'],
  ['Tôi phản ánh thái độ của cán bộ tư pháp xã, quát nạt người dân khi tôi hỏi thủ tục', 'feedback'],
  ['quán karaoke đầu ngõ hát đến 1-2h sáng đêm nào cũng vậy ko ngủ dc', 'feedback'],
  ['nhà bên cạnh đang xây lấn sang phần đất lối đi chung, không thấy có giấy phép', 'feedback'],
  ['nuoc thai tu xuong nhuom chay ra ruong lam chet lua ca canh dong', 'feedback'],
  ['mưa to là ngập, cống thoát nước tắc từ lâu rồi', 'feedback'],
  ['I want to report a broken traffic light at the crossroads near the market', 'feedback'],
  ['góp ý: bộ phận một cửa nên mở cửa sáng thứ 7 cho người đi làm', 'feedback'],
  ['chờ ở bộ phận một cửa từ 7h30 đến 11h mà ko đến lượt, bốc số xong chẳng ai gọi', 'feedback'],
  ['cay do chan ngang duong sau bao, nguy hiem lam', 'feedback'],
  ['dây cáp viễn thông treo lòng thòng ngang tầm xe tải trên đường vào thôn', 'feedback'],
  ['Xe tải chở đất đổ trộm phế thải xuống ven đường đê vào ban đêm', 'feedback'],
  ['đề nghị lắp thêm biển báo giảm tốc trước cổng trường tiểu học', 'feedback'],
  ['gửi góp ý', 'feedback'],
  ['tôi muốn gửi kiến nghị', 'feedback'],
  ["Cán bộ địa chính xã gợi ý phải 'bồi dưỡng' thì mới làm nhanh sổ cho", 'feedback'],
  ['có đàn bò thả rông trên đường tỉnh, tối đi xe suýt đâm', 'feedback'],
  [
    '[Chuyển tiếp] Bà con thôn Trung phản ánh: đường bê tông mới làm xong được 3 tháng đã nứt toác, bong tróc nhiều đoạn, đề nghị kiểm tra chất lượng công trình và trách nhiệm nhà thầu.',
    'feedback',
  ],
  ['the park near my apartment has no lights and people sell drugs there at night', 'feedback'],
  ['hàng quán lấn chiếm hết vỉa hè, người đi bộ phải đi xuống lòng đường', 'feedback'],
  ['Tôi nộp hồ sơ đúng hạn nhưng cán bộ bắt bổ sung đi bổ sung lại 4 lần, mỗi lần một ý, đề nghị xem xét', 'feedback'],
  ['khói đốt rơm rạ mù mịt cả xóm', 'feedback'],
  ['chó thả rông cắn trẻ con trong xóm mà chủ không xích lại', 'feedback'],
  // out of scope
  ['tra điểm thi vào lớp 10 năm nay ở đâu', 'none'],
  ['check phat nguoi xe oto bien 99A 123.45 giup', 'none'],
  ['tiền điện tháng này sao cao thế, nhờ kiểm tra hộ', 'none'],
  ['tra cứu quá trình đóng bảo hiểm xã hội', 'none'],
  ['vay vốn ngân hàng chính sách lãi suất bao nhiêu', 'none'],
  ['tuyển công nhân may lương 9tr/tháng bao ăn ở, lh 0912 345 678', 'none'],
  ['hôm nay có mưa không', 'none'],
  ['giá lúa hôm nay bao nhiêu 1 cân', 'none'],
  ['ad ơi ăn cơm chưa z', 'none'],
  ['Is there any job for English teachers in the province?', 'none'],
  ['bán đất nền giá rẻ sổ đỏ trao tay ib em', 'none'],
  ['tiền nước tháng 11 nhà tôi chưa thấy hóa đơn', 'none'],
  ['lịch cúp điện ngày mai ở xã mình', 'none'],
  ['kết quả xổ số miền Bắc hôm nay', 'none'],
  ['how much is taxi from airport to city', 'none'],
  ['bao giờ có lịch nghỉ tết của học sinh', 'none'],
  ['link mua hàng giảm giá lazada', 'none'],
  ['kể chuyện cười đi bot', 'none'],
  ['Việt Nam vs Thái Lan mấy giờ đá', 'none'],
  ['đt em bị khóa zalo làm sao mở', 'none'],
  // business
  [`tra mst ${H9_TAX_A}`, 'business'],
  [H9_TAX_B, 'business'],
  [`Cho hỏi công ty có mã số thuế ${H9_TAX_C} còn hoạt động không`, 'business'],
  [`check company tax id ${H9_TAX_D}`, 'business'],
  [`cty ${H9_TAX_E} địa chỉ ở đâu vậy`, 'business'],
  [`người đại diện pháp luật của doanh nghiệp mst ${H9_TAX_F} là ai`, 'business'],
  ['tra cứu thông tin công ty TNHH Dệt may Hoàng Phát', 'business'],
  ['Công ty cổ phần xây dựng Minh Long còn hoạt động hay đã giải thể rồi ạ', 'business'],
  ['Is Kinh Bac Green Energy JSC a registered company? I want to check before signing a contract', 'business'],
  [`cửa hàng của e là hộ kinh doanh, muốn xem mst ${H9_TAX_G} đăng ký đúng tên chưa`, 'business'],
  // the rest
  ['xem tất cả hồ sơ tôi đã nộp', 'my_dossiers'],
  ['e ko nhớ mã hs, có cách nào xem hết các hồ sơ của e ko', 'my_dossiers'],
  ['list all application i submitted', 'my_dossiers'],
  ['các phản ánh tôi gửi trước đây đã được trả lời chưa', 'my_feedback'],
  ['xem lại danh sách kiến nghị của mình', 'my_feedback'],
  ['tháng trước tôi có gửi phản ánh về đường hỏng mà chưa thấy ai trả lời', 'my_feedback'],
  [H9_TICKET_A, 'feedback_ticket'],
  [`phản ánh số ${H9_TICKET_B} xử lý tới đâu rồi`, 'feedback_ticket'],
  [`ticket ${H9_TICKET_C} any update?`, 'feedback_ticket'],
  [`báo cho tôi khi hồ sơ ${H9_CODE_B} có kết quả`, 'dossier_follow'],
  ['hồ sơ của tôi có thay đổi trạng thái thì nhắn cho tôi biết với', 'dossier_follow'],
  [`notify me when ${H9_CODE_A} changes`, 'dossier_follow'],
  [`ngừng nhận thông báo hồ sơ ${H9_CODE_C}`, 'dossier_unfollow'],
  ['hs xong rồi, đừng gửi tin báo về hồ sơ đó nữa', 'dossier_unfollow'],
  ['danh sách hồ sơ tôi đã bấm theo dõi', 'follows'],
  ['which applications am I following?', 'follows'],
  ['đăng ký nhận tin tức thông báo của tỉnh', 'subscriptions'],
  ['cho mình nhận tin về chính sách nông nghiệp với lịch tiêm phòng', 'subscriptions'],
  ['đừng gửi tin nhắn thông báo cho tôi nữa', 'unsubscribe'],
  ['thoi khong nhan tin thong bao nua', 'unsubscribe'],
  ['cho tôi nói chuyện với cán bộ', 'handoff'],
  ['gặp người thật đc ko bot trả lời ko hiểu gì hết', 'handoff'],
  ['can I talk to a real person please', 'handoff'],
  ['số điện thoại đường dây nóng của trung tâm hành chính công là gì', 'help'],
  ['Bộ phận một cửa làm việc thứ 7 không', 'help'],
  ['bot này dùng thế nào', 'help'],
  ['mở danh mục chức năng', 'menu'],
  ['hế lô', 'welcome'],
  ['Chào cán bộ ạ', 'welcome'],
  ["I don't read Vietnamese, English please", 'language'],
  ['các bạn đang lưu những thông tin gì về tôi', 'my_data'],
  ['xóa hết dữ liệu cá nhân của tôi khỏi hệ thống', 'erase_my_data'],
];

/**
 * Tuning 15 (written on 2026-12-03 after held-out 5 to 7 were studied): new phrasings of each cause of their misses,
 * none copied from them, to check the fixes generalise: a complaint wished for beside a dossier's words, a report
 * nobody answered, a ticket asked about in English, stopping a dossier's notices with its code, stopping every notice,
 * outage notices to subscribe to, a dossier signed yet, how many dossiers, how to use the page, a new follower, a
 * company's address or activity with its tax code, English fees and paperwork, a problem told about a company, and
 * out-of-scope messages near flows that call the LGSP (bills, savings rates, match scores, lost pets, clinics).
 */
const batch15Tune: [string, string][] = [
  ['hồ sơ bị trả lại mấy lần không rõ lý do, em muốn khiếu nại cán bộ thụ lý', 'feedback'],
  ['nop don 2 lan deu bi tra ve, toi can to cao', 'feedback'],
  ['phản ánh hôm bữa của em sao chưa thấy ai trả lời', 'my_feedback'],
  ['gop y tuan truoc chua duoc tra loi', 'my_feedback'],
  ['any news on PA-ZL-2026-000321?', 'feedback_ticket'],
  [`thôi khỏi báo tin hồ sơ ${CODE} nữa nhé`, 'dossier_unfollow'],
  [`dung gui cap nhat ho so ${CODE_OTHER} nua`, 'dossier_unfollow'],
  ['tắt hết tin nhắn thông báo giùm em', 'unsubscribe'],
  ['stop sending me announcements', 'unsubscribe'],
  ['I no longer want these messages', 'unsubscribe'],
  ['muốn nhận thông báo cắt điện khu em ở', 'subscriptions'],
  ['cho mình đăng ký nhận tin lịch cúp nước', 'subscriptions'],
  ['hồ sơ tách thửa của nhà em lãnh đạo ký chưa ạ', 'dossier'],
  ['hs cap doi so do da ky chua vay', 'dossier'],
  ['nộp hồ sơ ở một cửa xã bao giờ mới có kết quả', 'dossier'],
  ['is my file ready yet', 'dossier'],
  ['em có mấy hồ sơ đang chờ giải quyết', 'my_dossiers'],
  ['quên mã rồi, xem giúp hồ sơ nào của tôi đang nộp', 'my_dossiers'],
  ['không biết dùng trang này sao', 'help'],
  ['cách sử dụng trang zalo của tỉnh', 'help'],
  ['chào ad, em vừa quan tâm trang', 'welcome'],
  ['new follower here, hello', 'welcome'],
  [`công ty có mst ${TAX_OTHER} còn hoạt động không`, 'business'],
  [`địa chỉ doanh nghiệp mst ${TAX} ở đâu`, 'business'],
  ['how much is the fee for a red book', 'procedure'],
  ['xí nghiệp cạnh nhà xả nước thải xuống mương', 'feedback'],
  ['cty gần trường đốt rác khói đen cả ngày', 'feedback'],
  ['lãi suất vay mua nhà bao nhiêu', 'none'],
  ['tỉ số trận tối qua thế nào', 'none'],
  ['what is the score tonight', 'none'],
  ['tra cứu hóa đơn tiền nước tháng này', 'none'],
  ['tra cuu hoa don dien thang truoc', 'none'],
  ['tìm giúp con mèo nhà em bị lạc', 'none'],
  ['đặt lịch khám răng ở bệnh viện huyện', 'none'],
];

/**
 * Tuning 16: written on 2026-12-03 by a helper in one go, without reading the matcher, its word lists, the flows'
 * examples nor the earlier batches' messages: first messages in many voices (older people in rural communes writing
 * formally, without marks or in capitals; teencode; shop owners about their business household; English and broken
 * English; pasted receipts, slips and long complaints; one or two words; voice-to-text without punctuation; Telex
 * leftovers and typos; Southern and Central words). Codes, tax codes (valid check digits) and ticket numbers are made up
 * in the formats above. Six messages that turned out to be flows' own examples (the check below) and eleven that equalled
 * earlier batches' messages once folded (found by a script that printed only the equal ones) were replaced by new ones
 * written the same way.
 */
const T16_CODE_A = '000.00.19.H02-260312-0217';
const T16_CODE_A_LOOSE = '000.00.19.h02 260312 0217';
const T16_CODE_B = '000.00.33.H02-251204-0078';
const T16_CODE_B_NODOTS = '0000033h02-251204-0078';
const T16_CODE_C = '000.00.05.H02-261027-0431';
const T16_CODE_C_LOWER = '000.00.05.h02-261027-0431';
const T16_CODE_D = '000.00.41.H02-260701-0009';
const T16_TAX_A = '2301456784';
const T16_TAX_B = '3700987651';
const T16_TAX_C = '0800123459';
const T16_TAX_D = '4100678903';
const T16_TAX_E = '1600543218';
const T16_TAX_F = '3100777116';
const T16_TICKET_A = 'PA-ZL-2026-000452';
const T16_TICKET_B = 'PA-ZL-2026-000517';
const T16_TICKET_C = 'PA-ZL-2026-000609';

const batch16Tune: [string, string][] = [
  // procedure
  [
    'Kính gửi quý cơ quan, tôi năm nay 68 tuổi muốn làm lại giấy chứng minh bị mất thì cần mang theo giấy tờ gì ạ',
    'procedure',
  ],
  ['CHO TOI HOI THU TUC TACH THUA DAT NONG NGHIEP CAN NHUNG GI', 'procedure'],
  ['lm khai sinh cho bé cần j z mn', 'procedure'],
  ['e mới cưới muốn đăng kí kết hôn thì ra xã hay lên huyện ạ', 'procedure'],
  ['how can i register temporary residence for a foreigner renting my house', 'procedure'],
  ['chuyển hộ khẩu từ tỉnh khác về đây thì giờ làm ntn bn', 'procedure'],
  ['xin giay phep xay dung nha o 2 tang o nong thon co can khong', 'procedure'],
  ['phí cấp đổi sổ đỏ bao nhiêu tiền vậy ad', 'procedure'],
  ['làm lý lịch tư pháp mất mấy ngày', 'procedure'],
  ['có làm online được hông hay phải lên tận nơi dzậy, em muốn xin trích lục khai tử cho ông nội', 'procedure'],
  ['thủ tục đăng ký hộ kinh doanh cá thể bán tạp hóa', 'procedure'],
  ['I want to open a small coffee shop, what license do I need', 'procedure'],
  ['chứng thực bản sao giấy tờ ở đâu', 'procedure'],
  ['Xin hỏi thủ tục nhận con nuôi trong nước gồm những bước nào, thời gian giải quyết bao lâu', 'procedure'],
  ['giay xac nhan tinh trang hon nhan de di lam ho so vay ngan hang xin o dau', 'procedure'],
  ['con tui sinh bên Đài Loan giờ về ghi chú khai sinh mần sao', 'procedure'],
  ['cấp lại bằng lái xe bị mất thì nộp ở đâu', 'procedure'],
  ['muốn chuyển mục đích sử dụng đất vườn sang đất ở thì phải nộp những gì, tốn bao nhiêu', 'procedure'],
  ['ho so xin tro cap nguoi khuyet tat gom nhung gi vay', 'procedure'],
  ['bé nhà mình mới đầy tháng, nhập hộ khẩu cho bé thì cần mang giấy gì đi', 'procedure'],
  ['thu tuc cap giay phep kinh doanh ruou', 'procedure'],
  ['chi phí làm thủ tục thừa kế nhà đất của ba má để lại', 'procedure'],
  ['dang ky xe may moi mua o dau nhanh nhat', 'procedure'],
  ['tôi là giáo viên về hưu, muốn xin xác nhận để hưởng chế độ người có công thì cần hồ sơ gì', 'procedure'],
  ['đăng kí khai sinh trễ hạn có bị phạt ko', 'procedure'],
  ['Mấy giấy tờ cần để làm căn cước cho con 14 tuổi là chi rứa', 'procedure'],
  ['e muốn xin giấy phép bán hàng ăn uống, cần giấy chứng nhận an toàn thực phẩm ko ạ', 'procedure'],
  ['how long does it take to get a work permit in this province', 'procedure'],
  ['ĐĂNG KÝ GIÁM HỘ CHO CHÁU MỒ CÔI CẦN NHỮNG GÌ', 'procedure'],
  ['thu tuc hien dat lam duong', 'procedure'],
  ['cho hỏi nộp hồ sơ cấp phép khai thác nước ngầm ở sở nào', 'procedure'],
  ['mình muốn thay đổi họ tên trong giấy khai sinh cho con thì làm sao bạn', 'procedure'],
  ['thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu', 'procedure'],
  ['nộp hồ sơ xin học bổng chính sách cho con hộ nghèo ở đâu', 'procedure'],
  ['lam giay phep lai xe quoc te o tinh minh duoc khong', 'procedure'],
  ['đăng ký thành lập hợp tác xã nông nghiệp thì cần mấy người ạ', 'procedure'],
  ['tôi muốn đăng ký tạm vắng đi làm ăn xa', 'procedure'],
  ['thủ tục xóa đăng ký thế chấp sổ hồng sau khi trả hết nợ ngân hàng', 'procedure'],
  ['Vietnamese wife and me want to marry here, what documents foreigner need, must translate passport?', 'procedure'],
  ['cấp phép tổ chức đám cưới có dựng rạp ngoài đường phải xin ai', 'procedure'],
  ['mẫu tờ khai đăng ký khai tử lấy ở đâu', 'procedure'],
  [
    'Tôi muốn hỏi thủ tục tạm ngừng kinh doanh hộ cá thể 6 tháng, có phải nộp thuế trong thời gian đó hông',
    'procedure',
  ],
  ['làm sổ hộ nghèo', 'procedure'],
  ['xin cấp phép quảng cáo biển hiệu cửa hàng có mất phí không', 'procedure'],
  ['thủ tục trợ cấp mai táng phí cho người cao tuổi', 'procedure'],
  ['ai biết thủ tục cấp lại giấy khai sinh bản chính bị rách hok', 'procedure'],
  ['nộp trực tuyến đăng ký kết hôn có được không hay bắt buộc phải đến ủy ban', 'procedure'],
  ['xác nhận cư trú lấy ở đâu để nộp cho trường', 'procedure'],
  ['cần xin giấy phép gì để nuôi heo trang trại 500 con', 'procedure'],
  ['what fee to renew business license household', 'procedure'],
  ['đo đạc lại ranh giới thửa đất nhà bên cạnh lấn thì làm đơn ở đâu và hết bao nhiêu tiền', 'procedure'],
  ['thủ tục đổi tên công ty', 'procedure'],
  ['xin giấy phép đào đường để đấu nối cống nhà mình thì làm sao', 'procedure'],
  ['đăng ký chữ ký số cho hộ kinh doanh có phải lên sở không', 'procedure'],
  // dossier, with a code
  [`${T16_CODE_A}`, 'dossier'],
  [`hồ sơ ${T16_CODE_A_LOOSE} của tui xong chưa`, 'dossier'],
  [
    `PHIẾU TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ\nMã hồ sơ: ${T16_CODE_B}\nTên thủ tục: Cấp đổi giấy chứng nhận quyền sử dụng đất\nNgày nhận: 04/12/2025\nNgày hẹn trả: 02/01/2026\nNgười nộp: Nguyễn Văn Tám`,
    'dossier',
  ],
  [`ma ho so ${T16_CODE_B_NODOTS} tra giup em voi`, 'dossier'],
  [`kiểm tra giùm hồ sơ ${T16_CODE_C} đã duyệt chưa`, 'dossier'],
  [`${T16_CODE_C_LOWER} sao quá hẹn rồi mà chưa trả kết quả`, 'dossier'],
  [`status of application ${T16_CODE_D} please`, 'dossier'],
  [
    `Kính gửi bộ phận một cửa, tôi nộp hồ sơ mã số ${T16_CODE_D} từ đầu tháng 7, đến nay đã quá hạn hẹn mà chưa nhận được thông báo gì. Đề nghị cho biết hồ sơ đang ở khâu nào.`,
    'dossier',
  ],
  [`hs ${T16_CODE_A} tới đâu r ad`, 'dossier'],
  [`${T16_CODE_B} đi tới bước nào rồi nhen`, 'dossier'],
  [`tra cứu ${T16_CODE_C}`, 'dossier'],
  [`check dossier ${T16_CODE_A_LOOSE}`, 'dossier'],
  [`ho so so ${T16_CODE_D} da co ket qua chua vay`, 'dossier'],
  [`MÃ HỒ SƠ ${T16_CODE_B} ĐÃ XONG CHƯA CHÁU`, 'dossier'],
  [`giấy hẹn ghi ${T16_CODE_C_LOWER} hẹn hôm qua mà lên lấy chưa có`, 'dossier'],
  [`${T16_CODE_A} ra chưa z`, 'dossier'],
  [`hồ sơ đăng ký kinh doanh ${T16_CODE_D} bị trả lại hay sao mà lâu quá`, 'dossier'],
  [
    `Fwd: Cổng dịch vụ công đã tiếp nhận hồ sơ ${T16_CODE_B} của ông/bà. Vui lòng theo dõi trạng thái xử lý.`,
    'dossier',
  ],
  [`cho mình hỏi tình trạng ${T16_CODE_B_NODOTS}`, 'dossier'],
  [`is my file ${T16_CODE_C} approved yet, i submitted it in october`, 'dossier'],
  [`hồ sơ ${T16_CODE_D} răng chưa xong rứa`, 'dossier'],
  [`ma hs: ${T16_CODE_A}`, 'dossier'],
  [`${T16_CODE_C} cần bổ sung giấy tờ gì nữa không ạ`, 'dossier'],
  [`dạ cho con hỏi hồ sơ ${T16_CODE_A_LOOSE} của mẹ con nộp ở xã đã chuyển lên huyện chưa ạ`, 'dossier'],
  [`kết quả hồ sơ ${T16_CODE_B} có chưa`, 'dossier'],
  // dossier, no code yet
  ['hồ sơ sổ đỏ của tôi nộp 2 tháng rồi mà chưa thấy gọi lên nhận', 'dossier'],
  ['tra tinh trang ho so', 'dossier'],
  ['e nộp hs làm giấy phép xây dựng tuần trước giờ sao r', 'dossier'],
  ['Hồ sơ cấp căn cước của con tôi đã có kết quả chưa, tôi có giấy hẹn nhưng để quên ở nhà', 'dossier'],
  ['my application for temporary residence, has it been approved?', 'dossier'],
  ['ho so cua toi bi tre hen roi', 'dossier'],
  ['hồ sơ khai sinh nộp qua mạng hôm thứ 2 xong chưa mn', 'dossier'],
  ['quá ngày hẹn trả kết quả rồi sao chưa có vậy', 'dossier'],
  ['kiểm tra hồ sơ giùm tui với', 'dossier'],
  ['hồ sơ chuyển nhượng đất nộp ở bộ phận một cửa huyện đã tới đâu rồi ạ', 'dossier'],
  ['hs đki hộ kd của mik đc duyệt chưa ạ', 'dossier'],
  ['giay hen tra ket qua ghi ngay 15 ma toi len chua co', 'dossier'],
  ['TOI MUON HOI HO SO CUA TOI DA DUYET CHUA', 'dossier'],
  ['i applied for a land certificate last month, where is it now', 'dossier'],
  ['hồ sơ trợ cấp của ba tui nộp từ tháng 9 giờ răng rồi', 'dossier'],
  ['hồ sơ bị yêu cầu bổ sung là sao ạ', 'dossier'],
  ['ủa hồ sơ em nộp sao bị trả về', 'dossier'],
  ['tình trạng hồ sơ đăng ký thường trú', 'dossier'],
  ['hồ sơ của mình đang xử lý ở khâu nào vậy bạn', 'dossier'],
  ['em có mã hồ sơ muốn tra xem đã xong chưa', 'dossier'],
  ['ho so cap phep xay dung cua nha toi da ky chua', 'dossier'],
  ['hồ sơ xin hỗ trợ lũ lụt nộp rồi mà hổng thấy gì hết trơn', 'dossier'],
  ['kết quả hồ sơ lý lịch tư pháp có chưa ạ', 'dossier'],
  ['tôi muốn biết hồ sơ đã được tiếp nhận chưa', 'dossier'],
  ['giấy tờ nộp bên một cửa xã hồi tháng trước tới đâu rồi hổng biết', 'dossier'],
  ['hồ sơ tách thửa của tôi chậm quá rồi đó', 'dossier'],
  // feedback
  [
    'đường vào thôn 3 xã tui bị sụt một hố to tướng mấy tuần nay, tối qua có ông chạy xe máy té gãy tay mà chưa ai ra sửa',
    'feedback',
  ],
  ['rác ở đầu hẻm 45 đường Trần Phú đổ đống cả tuần không ai dọn, bốc mùi hôi thối, ruồi bu đầy', 'feedback'],
  ['quán karaoke sát nhà hát tới 1 2 giờ sáng đêm nào cũng vậy con nhỏ không ngủ được', 'feedback'],
  ['NHA BEN CANH XAY LAN SANG DAT NHA TOI 1 MET XA KHONG GIAI QUYET', 'feedback'],
  ['mưa một chút là ngập tới đầu gối ở ngã tư chợ, cống bị nghẹt lâu rồi', 'feedback'],
  ['cây xà cừ trước trường tiểu học nghiêng sắp đổ, nguy hiểm cho học sinh lắm', 'feedback'],
  ['cán bộ ở bộ phận một cửa xã thái độ quát nạt dân, tôi hỏi có 2 câu mà bị nói là không biết chữ à', 'feedback'],
  ['cúp điện từ 6h sáng tới giờ chưa có lại, hẻm 12 khu phố 4, có thông báo gì đâu', 'feedback'],
  ['chó thả rông cắn con nít trong xóm mấy lần rồi mà chủ nhà không xích lại', 'feedback'],
  ['em muốn phản ánh đèn đường ở cầu Bà Lớn hư cả tháng, tối đi tối thui', 'feedback'],
  ['Tôi xin góp ý: ủy ban nên mở thêm giờ làm việc sáng thứ bảy để người đi làm có thể đến nộp hồ sơ', 'feedback'],
  ['cơ sở sản xuất nhựa ở cụm công nghiệp xả khói đen mỗi tối, cả xóm ho sặc sụa', 'feedback'],
  ['nước máy mất 3 ngày rồi không ai thông báo, nhà có người già phải đi xin nước', 'feedback'],
  ['ong oi duong lien xa bi xe tai cho cat cay nat het, bui mu mit', 'feedback'],
  ['có người đổ trộm xà bần ra bờ sông cạnh cầu sắt ban đêm', 'feedback'],
  [
    'nộp hồ sơ ở huyện lên 3 lần đều bị trả về mỗi lần bắt bổ sung một thứ khác, sao không nói một lần cho xong',
    'feedback',
  ],
  ['tiệm sửa xe chiếm hết vỉa hè đi bộ phải đi xuống lòng đường', 'feedback'],
  ['gửi ý kiến về việc trạm y tế xã không có bác sĩ trực ban đêm', 'feedback'],
  [
    'Dạ thưa, xóm tôi ở ấp Phú Lợi có con mương bị lấp để làm nhà, giờ mưa xuống nước không thoát được, ngập vào nhà dân',
    'feedback',
  ],
  ['loa phường mở từ 5h sáng ồn ào quá mn ơi ai phản ánh giùm', 'feedback'],
  ['trâu bò thả rông ra quốc lộ nguy hiểm quá', 'feedback'],
  ['công trình đào đường làm cống bỏ dở cả tháng nay không rào chắn', 'feedback'],
  ['the road near my hotel has a huge pothole and nobody fixes it, tourists keep falling', 'feedback'],
  ['mình bị thu thêm tiền ngoài lệ phí khi làm giấy tờ ở xã, có được không', 'feedback'],
  ['khiếu nại việc chậm chi trả tiền đền bù giải phóng mặt bằng dự án đường tránh', 'feedback'],
  ['muỗi nhiều quá hẻm tui có mấy ca sốt xuất huyết rồi mà chưa thấy phun thuốc', 'feedback'],
  ['mần ơn coi giùm cái cầu khỉ ở ấp 5 mục hết ván rồi, tụi nhỏ đi học sợ lọt sông', 'feedback'],
  ['cột điện nghiêng muốn đổ ở đường Lê Lợi, dây điện võng sát đầu người đi đường', 'feedback'],
  ['xin phản ảnh tình trạng lấn chiếm đất công làm bãi giữ xe trái phép', 'feedback'],
  ['hệ thống dịch vụ công cứ báo lỗi khi nộp hồ sơ, thử mấy ngày vẫn vậy', 'feedback'],
  ['tôi đề nghị lắp thêm đèn tín hiệu ở ngã ba trường học, sáng nào cũng kẹt xe', 'feedback'],
  ['cá chết nổi trắng hồ sinh thái mùi hôi khủng khiếp', 'feedback'],
  ['Cán bộ địa chính xã hẹn đi đo đất 4 lần rồi không tới, gọi điện không nghe máy', 'feedback'],
  ['có đám bán hàng rong chèo kéo du khách ở bãi biển, mất hình ảnh du lịch', 'feedback'],
  ['nhà máy bên kia sông xả nước thải ra làm nước đen ngòm', 'feedback'],
  ['o day co nguoi khai thac cat trai phep ban dem tren song, bo song sat lo gan toi nha dan', 'feedback'],
  ['e phản ánh xíu: cái cống trước nhà e bể nắp, đêm qua có bà té xuống', 'feedback'],
  ['xe rác tới trễ mà còn làm rơi rớt rác dọc đường', 'feedback'],
  ['chỗ tui nóc nhà văn hóa thôn bị dột mưa xuống ướt hết', 'feedback'],
  ['đề xuất làm thêm sân chơi cho trẻ em ở khu tái định cư', 'feedback'],
  ['ngoài chợ đêm bán thịt heo không rõ nguồn gốc, bày bán ngay dưới đất', 'feedback'],
  ['xe container đậu chắn hết lối vào khu dân cư cả đêm', 'feedback'],
  ['cây ngã chắn ngang đường sau cơn bão tối qua ở thôn Đông chưa ai dọn', 'feedback'],
  ['phòng tiếp dân đóng cửa sớm 15 phút, tôi đến lúc 4h30 đã không có ai', 'feedback'],
  ['dân xóm tui bị mất sóng điện thoại hoài, nhà mạng không giải quyết, ủy ban can thiệp dùm', 'feedback'],
  // none
  ['điểm thi tốt nghiệp thpt năm nay tra ở đâu', 'none'],
  ['xe tôi có bị phạt nguội không', 'none'],
  ['hóa đơn tiền điện tháng này sao cao quá vậy', 'none'],
  ['tra sổ bảo hiểm xã hội đóng được bao nhiêu năm rồi', 'none'],
  ['lãi suất gửi tiết kiệm ngân hàng nào cao nhất', 'none'],
  ['tuyển dụng công chức năm 2027 có không ad', 'none'],
  ['bên mình cần tìm việc làm thêm buổi tối', 'none'],
  ['HOT!!! Đất nền ven biển giá chỉ 9tr/m2 sổ sẵn, liên hệ 0912 555 777', 'none'],
  ['mai trời có mưa không', 'none'],
  ['xổ số kiến thiết hôm nay về con mấy', 'none'],
  ['bot ơi bạn có người yêu chưa', 'none'],
  ['vàng SJC sáng nay mua vô bán ra nhiêu vậy mấy bác', 'none'],
  ['hỏi bên điện lực sao chưa gắn công tơ cho nhà mới', 'none'],
  ['what is the best pho restaurant in town', 'none'],
  ['buồn quá nói chuyện tào lao với tui chút đi bot', 'none'],
  ['vé tàu Tết đi Hà Nội còn không', 'none'],
  ['cách nấu canh chua cá lóc', 'none'],
  ['tiền nước tháng 11 nhà tui tăng gấp đôi là sao', 'none'],
  ['tỷ số trận Việt Nam Thái Lan tối qua', 'none'],
  ['cho vay tiền nhanh không thế chấp lãi thấp nhắn tin ngay', 'none'],
  ['ad có biết chỗ nào sửa điện thoại uy tín không', 'none'],
  ['điểm chuẩn đại học y dược năm nay bao nhiêu', 'none'],
  ['bảng lương giáo viên mới khi nào áp dụng', 'none'],
  ['can you recommend a good hotel near the beach', 'none'],
  ['nạp thẻ điện thoại giùm mình với', 'none'],
  ['bóng đá tối nay kênh nào chiếu', 'none'],
  ['chỗ nào mua xe máy cũ giá rẻ', 'none'],
  ['lịch cúp điện tuần sau khu vực phường 2', 'none'],
  ['tra cứu mã số bảo hiểm y tế của con', 'none'],
  ['giá lúa hôm nay bao nhiêu 1 ký', 'none'],
  ['ban can gap 20 trieu co cach nao vay nhanh ko', 'none'],
  ['tra cứu điểm thi vào lớp 10', 'none'],
  ['sao zalo mình hay bị văng ra vậy', 'none'],
  // Asking whether the page is a person or a machine asks who it is, as 'bạn là ai' does: the welcome, which says it
  // is the province's assistant (relabelled from none in the round of tuning 43 and 44, like tuning 44's).
  ['bạn là người hay máy', 'welcome'],
  ['ngày mai có được nghỉ lễ không', 'none'],
  // business
  [`tra mst ${T16_TAX_A}`, 'business'],
  [`${T16_TAX_B}`, 'business'],
  [`cong ty co ma so thue ${T16_TAX_C} con hoat dong khong`, 'business'],
  [`check company tax code ${T16_TAX_D}`, 'business'],
  [`mã số thuế ${T16_TAX_E} là của doanh nghiệp nào vậy`, 'business'],
  [`đối tác gửi hóa đơn có mst ${T16_TAX_F}, tui muốn kiểm tra coi công ty này có thật không`, 'business'],
  ['tra cứu thông tin công ty TNHH Thương mại Dịch vụ Hoàng Phát', 'business'],
  ['công ty cổ phần xây dựng Minh Long có còn hoạt động không', 'business'],
  ['ai là người đại diện pháp luật của Công ty TNHH Nông sản Xanh', 'business'],
  ['dia chi cong ty tnhh may mac thanh dat o dau', 'business'],
  ['doanh nghiệp tư nhân Tấn Lộc đã giải thể chưa', 'business'],
  ['look up company Sao Mai Trading Co., Ltd', 'business'],
  [`mst ${T16_TAX_B} dang ky kinh doanh nganh gi`, 'business'],
  ['em muốn tra thông tin doanh nghiệp theo tên', 'business'],
  ['cty thủy sản Biển Đông bị đóng mã số thuế rồi hả', 'business'],
  [`MST: ${T16_TAX_E} - kiểm tra tình trạng hoạt động`, 'business'],
  ['tìm công ty vận tải Phương Nam trên địa bàn tỉnh', 'business'],
  // my_dossiers
  ['xem tất cả hồ sơ tôi đã nộp', 'my_dossiers'],
  ['liet ke giup toi het cac ho so da nop tu truoc toi gio', 'my_dossiers'],
  ['mấy cái hồ sơ của em nộp năm nay giờ sao rồi, em quên mã hết rồi', 'my_dossiers'],
  ['can you show me every application I have sent, I lost the receipt numbers', 'my_dossiers'],
  // my_feedback
  ['mấy phản ánh tui gửi trước giờ đã được trả lời chưa', 'my_feedback'],
  ['xem lại các ý kiến mình đã gửi', 'my_feedback'],
  ['list of my complaints and replies', 'my_feedback'],
  ['nhung phan anh cua toi', 'my_feedback'],
  // feedback_ticket
  [`phiếu ${T16_TICKET_A} đã xử lý chưa ạ`, 'feedback_ticket'],
  [`${T16_TICKET_B}`, 'feedback_ticket'],
  [`ma phan anh ${T16_TICKET_C} co ket qua chua`, 'feedback_ticket'],
  // dossier_follow
  [`báo cho tôi khi hồ sơ ${T16_CODE_D} có thay đổi`, 'dossier_follow'],
  [`theo dõi hồ sơ ${T16_CODE_B}`, 'dossier_follow'],
  ['hồ sơ xong thì nhắn zalo báo mình nha', 'dossier_follow'],
  [`notify me when ${T16_CODE_C} is done`, 'dossier_follow'],
  // dossier_unfollow
  [`thôi khỏi báo hồ sơ ${T16_CODE_A} nữa`, 'dossier_unfollow'],
  ['ko can bao tin ho so cua toi nua, bo theo doi giup', 'dossier_unfollow'],
  [`stop updates for ${T16_CODE_B}`, 'dossier_unfollow'],
  // follows
  ['mình có đang bấm theo dõi cái hồ sơ nào hông, liệt kê ra coi', 'follows'],
  ['ds hồ sơ mình đã đăng ký nhận tin', 'follows'],
  ['which files did i subscribe to updates for', 'follows'],
  // subscriptions
  ['đăng ký nhận thông báo của tỉnh', 'subscriptions'],
  ['mình muốn nhận tin về lịch tiêm chủng với thông báo cắt nước', 'subscriptions'],
  ['chọn chủ đề tin tức muốn nhận', 'subscriptions'],
  // unsubscribe
  ['đừng gửi tin nhắn thông báo cho tôi nữa', 'unsubscribe'],
  ['huy nhan tat ca thong bao', 'unsubscribe'],
  ['unsubscribe from all announcements', 'unsubscribe'],
  // handoff
  ['cho tôi nói chuyện với cán bộ', 'handoff'],
  ['gặp người thật được không, nói với máy hổng hiểu', 'handoff'],
  ['pls connect me with staff, bot not understand my problem', 'handoff'],
  // help
  ['số đường dây nóng của ủy ban tỉnh là bao nhiêu', 'help'],
  ['trung tâm hành chính công mấy giờ mở cửa, thứ 7 có làm không', 'help'],
  ['trung tam phuc vu hanh chinh cong tinh nam o duong nao vay', 'help'],
  // menu
  ['menu chính', 'menu'],
  ['ủa cái này hỗ trợ được mấy việc, cho coi danh sách', 'menu'],
  ['mở danh mục chức năng', 'menu'],
  // welcome
  ['chào buổi sáng nhen', 'welcome'],
  ['KÍNH CHÀO QUÝ CƠ QUAN', 'welcome'],
  ['hello ad ơi', 'welcome'],
  // language
  ['switch to English please', 'language'],
  ['chuyển qua nói tiếng Anh giùm, bạn tôi người Úc đang đọc', 'language'],
  ['can we speak Vietnamese', 'language'],
  // my_data
  ['các bạn đang lưu những thông tin gì của tôi', 'my_data'],
  ['what personal data do you keep about me', 'my_data'],
  ['xem dữ liệu cá nhân của mình', 'my_data'],
  // erase_my_data
  ['xóa hết thông tin cá nhân của tôi đi', 'erase_my_data'],
  ['pls erase everything you stored about me, i dont use this anymore', 'erase_my_data'],
  ['tôi không muốn các bạn giữ số điện thoại của tôi nữa, xóa giùm', 'erase_my_data'],
];

/**
 * Tuning 17 (written on 2026-12-03 for the round of tuning 16): out-of-scope messages that ask to look something up,
 * check or see it ("tra cứu", "kiểm tra", "xem", "đến đâu rồi", "check", "status") about a subject no flow serves (exam
 * scores, traffic fines, bills, bank balances, parcels, warranties). An ask alone is no evidence for a flow that calls
 * the LGSP: none of them may start one.
 */
const batch17Tune: [string, string][] = [
  ['tra cứu điểm thi vào lớp 10', 'none'],
  ['kiểm tra phạt nguội ô tô', 'none'],
  ['check my electricity bill for may', 'none'],
  ['xem số dư tài khoản ngân hàng', 'none'],
  ['đơn hàng online của em đến đâu rồi', 'none'],
  ['look up my exam score', 'none'],
  ['check package status please', 'none'],
  ['kiem tra don giao hang toi dau roi', 'none'],
  ['tra cuu diem thi thpt', 'none'],
  ['xem giá cước 4g', 'none'],
  ['tra cứu số tiền điện tháng 5', 'none'],
  ['my parcel status', 'none'],
  ['kiểm tra số dư ví momo', 'none'],
  ['coi dùm kết quả xổ số đài vĩnh long', 'none'],
  ['tra cứu bảo hành tủ lạnh', 'none'],
];

/**
 * Held-out 10: 150 first messages written blind (only the label list was read), in one sitting, as a citizen
 * would type them into the province's Zalo OA chat. Voices range from elderly formal letters ("Kính gửi...") to
 * teenagers' teencode, with and without diacritics, typos, a Telex leftover or two, abbreviations (hs, tthc, mst,
 * dn, cccd, sdt, ub, ubnd, ad, e, ko, k, dc, j, kq), Southern and Central words (hông, tui, chi, rứa, răng, mần),
 * about one message in eight in English (some broken), and a few messages that mix a context clause with one clear
 * ask. Mix: ~29 % procedures (civil status, residence, ID card, land, building permits, household business,
 * criminal record, social insurance, licence exchange, adoption, guardianship, name change, certified copies),
 * 20 % dossier status (bare codes, lower-case/spaced/undotted codes, pasted slips, late-dossier complaints,
 * no code), 20 % feedback (roads, lights, rubbish, floods, noise, encroachment, attitude, bribery hints, animals,
 * trees), 12 % out of scope (bills, prices, fines, parcels, chit-chat, spam, insults), the rest spread over the
 * smaller labels. Codes, tax codes (valid check digits) and ticket numbers are invented.
 * Merged on 2026-12-03: 11 messages that turned out to be a flow's own example or keyword, a message of an earlier
 * batch word for word once folded, or a twin in held-out 10 and 11, were left out (found by a script that printed only
 * those); held-out 12, written blind by a third writer for their labels, takes their place.
 */
const H10_CODE_A = '000.00.23.H02-261105-0382';
const H10_CODE_B = '000.00.07.H02-261118-1204';
const H10_CODE_C = '000.00.31.H02-260930-0056';
const H10_CODE_D = '000.00.12.H02-261121-0719';
const H10_CODE_E = '000.00.45.H02-261014-2231';
const H10_CODE_F = '000.00.18.H02-261127-0093';
const H10_CODE_G = '000.00.09.H02-261002-1547';
const H10_CODE_A_LOWER = '000.00.23.h02-261105-0382';
const H10_CODE_B_SPACED = '000 00 07 H02 261118 1204';
const H10_CODE_D_NODOTS = '0000012H02-261121-0719';
const H10_MST_A = '0107823415';
const H10_MST_B = '0305917464';
const H10_MST_C = '4201836592';
const H10_MST_D = '2806143977';
const H10_TICKET_A = 'PA-2026-004862';
const H10_TICKET_B = 'PA-2026-011379';

const batch10Heldout: [string, string][] = [
  // procedure: civil status (birth, marriage, death, name change, adoption, guardianship)
  ['cho hỏi làm giấy khai sinh cho con cần mang theo những gì ạ', 'procedure'],
  ['dang ky khai sinh qua han thi co bi phat k a, be nha em 3 thang roi', 'procedure'],
  ['e muốn đăng ký kết hôn vs bạn trai ở khác tỉnh thì đăng ký ở đâu ạ', 'procedure'],
  ['thủ tục khai tử cho ông nội mất tại nhà cần giấy tờ gì', 'procedure'],
  ['How do I register my marriage with a Vietnamese citizen? I am foreigner, what documents need', 'procedure'],
  ['xin giấy xác nhận tình trạng hôn nhân mất mấy ngày ạ', 'procedure'],
  ['What papers do I need to register a birth for my baby born in the hospital here?', 'procedure'],
  ['trích lục khai sinh bản sao xin ở xã nào cũng được hả anh chị', 'procedure'],
  ['đăng kí kết hôn có cần khám sức khỏe ko ạ', 'procedure'],
  ['ghi chú ly hôn đã làm ở nước ngoài vào sổ hộ tịch thì nộp ở đâu', 'procedure'],
  ['trích lục khai tử bản sao để làm thừa kế xin ở đâu ạ', 'procedure'],
  ['Thủ tục nhận con nuôi là con của chị ruột mình thì như thế nào ạ?', 'procedure'],
  ['giám hộ cho em trai bị tâm thần sau khi bố mẹ mất phải đăng ký ở đâu', 'procedure'],
  ['muốn đổi tên cho con vì tên cũ khó nghe quá thì làm thủ tục gì ạ', 'procedure'],
  ['cải chính ngày sinh trong giấy khai sinh bị ghi sai thì cần giấy tờ gì', 'procedure'],
  ['hs kết hôn của e nộp r, mà cho e hỏi thêm đăng ký kết hôn thì có cần sổ hộ khẩu ko, bạn e bảo cần', 'procedure'],
  // procedure: residence and ID card
  ['Làm lại căn cước bị mất thì nộp ở đâu, mất bao nhiêu tiền vậy ad', 'procedure'],
  ['tui muốn nhập hộ khẩu vô nhà bà ngoại thì cần giấy tờ chi rứa', 'procedure'],
  ['tam tru cho nguoi thue tro thi chu nha phai khai hay nguoi thue tu khai vay', 'procedure'],
  ['xác nhận cư trú (CT07) xin online trên vneid được ko hay phải ra công an', 'procedure'],
  ['cccd cho bé 10 tuổi làm ở đâu, có cần bé đi cùng ko', 'procedure'],
  ['thur tucj lamf cccd', 'procedure'],
  // procedure: land, house, building permits
  [
    'Kính gửi Quý cơ quan, tôi xin hỏi thủ tục tách thửa đất nông nghiệp để chia cho các con, diện tích tối thiểu được tách là bao nhiêu. Trân trọng.',
    'procedure',
  ],
  ['Cho tôi hỏi thủ tục cấp sổ đỏ lần đầu cho đất ông bà để lại, chưa có giấy tờ gì thì làm sao', 'procedure'],
  ['sang tên sổ hồng khi mua nhà thì phí trước bạ tính sao ạ', 'procedure'],
  ['cap lai so do bi chay thi lam the nao', 'procedure'],
  ['thủ tục chuyển mục đích sử dụng đất từ đất vườn lên thổ cư', 'procedure'],
  ['cấp đổi sổ đỏ cũ sang mẫu mới có phải đo đạc lại không', 'procedure'],
  ['hồ sơ xin phép xây dựng nhà ở riêng lẻ gồm những gì', 'procedure'],
  ['sửa lại mái nhà với nâng nền thì có phải xin phép hông ad', 'procedure'],
  // procedure: business registration, criminal record, licences
  ['mở tiệm tạp hóa nhỏ thì có phải đăng ký hộ kinh doanh k, lệ phí bn', 'procedure'],
  ['đăng ký hộ kinh doanh online đc không hay phải lên ub huyện', 'procedure'],
  ['I want to open a small coffee shop. How to register household business and how much fee?', 'procedure'],
  ['lý lịch tư pháp số 2 xin ở đâu, em cần để đi xuất khẩu lao động', 'procedure'],
  ['how long to get criminal record certificate (phieu ly lich tu phap)?', 'procedure'],
  ['đổi bằng lái xe giấy sang thẻ PET làm ở đâu ạ, có làm online được ko', 'procedure'],
  ['bằng lái quốc tế muốn đổi sang bằng VN thì tthc thế nào', 'procedure'],
  // procedure: certified copies, social insurance
  ['chứng thực bản sao cccd ở ubnd xã mất phí bao nhiêu 1 trang', 'procedure'],
  ['sao y bằng tốt nghiệp có cần mang bản gốc ko ad', 'procedure'],
  ['Where can I get a certified copy of my passport, and how much it cost?', 'procedure'],
  ['hưởng bảo hiểm thất nghiệp thì nộp hồ sơ ở đâu, trong bao lâu kể từ khi nghỉ việc', 'procedure'],
  ['làm thẻ bhyt cho trẻ dưới 6 tuổi có mất tiền không', 'procedure'],
  ['thủ tục hưởng chế độ tử tuất cho người nhà có đóng BHXH gồm những giấy tờ j', 'procedure'],

  // dossier: code alone or inside a sentence, various spellings
  [`${H10_CODE_A}`, 'dossier'],
  [`tra cứu hồ sơ ${H10_CODE_B}`, 'dossier'],
  [`cho e hỏi hồ sơ ${H10_CODE_C} của e tới đâu rồi ạ`, 'dossier'],
  [`hs ${H10_CODE_A_LOWER} sao lâu vậy`, 'dossier'],
  [`ma ho so ${H10_CODE_B_SPACED} giúp mình kiểm tra`, 'dossier'],
  [`${H10_CODE_D_NODOTS} kiem tra giup`, 'dossier'],
  [`Hello, can you check my application ${H10_CODE_F} status please`, 'dossier'],
  [`tra ho so ${H10_CODE_G} nop tai bo phan mot cua huyen`, 'dossier'],
  [`hs ${H10_CODE_F} đã ký chưa ad`, 'dossier'],
  [`when can i pick up my result? code ${H10_CODE_G}`, 'dossier'],
  [`check ${H10_CODE_A}`, 'dossier'],
  [`${H10_CODE_B} tra giúp em vs, cần gấp để đi làm`, 'dossier'],
  [`ma hs cua toi la ${H10_CODE_D} , bao gio lay duoc`, 'dossier'],
  [`xin hỏi hồ sơ số ${H10_CODE_E} bị trả về hay sao mà k thấy cập nhật`, 'dossier'],
  [`chào ad, cho e hỏi hs ${H10_CODE_C} đã có kq chưa ạ`, 'dossier'],
  // dossier: pasted slips and late complaints
  [
    `GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ\nMã hồ sơ: ${H10_CODE_E}\nNgày hẹn trả: 28/11/2026\nhẹn rồi mà chưa thấy gọi`,
    'dossier',
  ],
  [`Kính gửi, hồ sơ cấp GCN mã ${H10_CODE_C} đã quá hạn trả kết quả 10 ngày, đề nghị cho biết lý do.`, 'dossier'],
  [`Mã hồ sơ: ${H10_CODE_G}\nThủ tục: Đăng ký thường trú\nNgười nộp: Trần Thị Hoa`, 'dossier'],
  // dossier: no code
  ['hồ sơ đất đai của tôi nộp từ tháng 9 tới giờ chưa có kết quả, quá hẹn gần 1 tháng rồi', 'dossier'],
  ['hồ sơ của em khi nào có kết quả vậy ạ', 'dossier'],
  ['hosow của mình đến đâu rồi', 'dossier'],
  ['my application is overdue, submitted in october, when will I get result?', 'dossier'],
  ['giấy hẹn ghi ngày 25 mà giờ chưa có kq là sao ạ', 'dossier'],
  ['kết quả hồ sơ đăng ký kết hôn của e có chưa ạ, nộp tuần trước', 'dossier'],
  ['hồ sơ tách thửa của tui răng mà lâu rứa, khi mô mới xong', 'dossier'],
  ['tra cuu tien do ho so', 'dossier'],
  ['hồ sơ trễ hẹn mà ko ai báo gì hết, tôi muốn biết hồ sơ tới bước nào rồi', 'dossier'],
  ['Trạng thái hồ sơ cấp phép xây dựng của tôi', 'dossier'],

  // feedback: roads, lights, drainage, flooding
  ['Đường vào thôn Phú Lộc bị sụt một hố to giữa đường, xe máy té mấy vụ rồi, đề nghị sửa gấp', 'feedback'],
  ['đèn đường hẻm 42 tắt cả tuần nay tối thui', 'feedback'],
  ['The streetlights on my road are all out since last week, very dark and dangerous', 'feedback'],
  ['Mưa xíu là ngập nguyên đoạn đường trước chợ, cống bị nghẹt', 'feedback'],
  ['đường bê tông mới làm 3 tháng đã nứt toác, nghi làm ẩu', 'feedback'],
  ['nắp cống bị mất ở ngã tư, ai đi đêm sụp chân là gãy chân đó', 'feedback'],
  ['mương thoát nước bị lấp để xây nhà, giờ nước tràn vô nhà dân', 'feedback'],
  ['Đèn tín hiệu giao thông ở ngã ba bị hỏng từ hôm qua, xe cộ chạy loạn', 'feedback'],
  ['There is a broken water pipe flooding the street near the market, please fix', 'feedback'],
  ['gửi hình ảnh đoạn đường bị sạt lở nè ad', 'feedback'],
  // feedback: rubbish, pollution, noise
  ['rác ko ai thu gom 5 ngày rồi, bốc mùi quá trời', 'feedback'],
  ['bãi đất trống sau nhà người ta đổ xà bần, rác thải xây dựng chất đống', 'feedback'],
  ['xưởng gỗ xả khói bụi mù mịt cả xóm, con nít ho suốt', 'feedback'],
  ['rac thai o bo song bi vut tran lan, ca chet noi trang', 'feedback'],
  ['e muốn phản ánh chuyện cái hố ga trước nhà hôi quá', 'feedback'],
  ['quán karaoke hát tới 12h đêm ngày nào cũng vậy, ồn ko ngủ được', 'feedback'],
  ['loa phường sáng nào cũng mở từ 5h rất to, người già trẻ nhỏ ko ngủ được', 'feedback'],
  // feedback: encroachment, illegal building
  ['nhà bên cạnh lấn chiếm vỉa hè làm quán nhậu, người đi bộ phải đi xuống lòng đường', 'feedback'],
  ['khu đất công viên bị ng ta chiếm làm bãi giữ xe thu tiền', 'feedback'],
  ['I want to report illegal construction next to my house, they build over the boundary', 'feedback'],
  // feedback: officials, corruption hints, service
  ['cán bộ một cửa xã thái độ hách dịch, nói trống không với người dân', 'feedback'],
  ['làm sổ đỏ mà cán bộ địa chính gợi ý "bồi dưỡng" mới làm nhanh, vậy có đúng ko', 'feedback'],
  ['xin phản ánh cán bộ tiếp nhận bắt người dân nộp thêm giấy tờ không có trong quy định', 'feedback'],
  ['góp ý: nên bố trí thêm ghế ngồi chờ ở bộ phận một cửa, người già đứng mệt lắm', 'feedback'],
  // feedback: animals, trees, hazards
  ['chó thả rông cắn người ở khu phố 4 mà chủ không quản lý', 'feedback'],
  ['trâu bò thả rông ra quốc lộ ban đêm rất nguy hiểm', 'feedback'],
  ['cây xanh trước trường tiểu học nghiêng sắp ngã, mùa mưa bão nguy hiểm cho các cháu', 'feedback'],
  ['cột điện nghiêng, dây điện võng xuống thấp sát đầu người đi đường', 'feedback'],
  // feedback: bare intent

  // none: lookups the bot does not serve (near-misses)
  ['tra phat nguoi xe 43A-123.45 giup voi', 'none'],
  ['xem điểm thi vào lớp 10 ở đâu vậy', 'none'],
  ['Tiền điện tháng này sao cao quá, tra giúp hóa đơn', 'none'],
  ['hóa đơn nước tháng 11 nhà tôi bao nhiêu', 'none'],
  ['lịch cúp điện khu vực phường 5 ngày mai', 'none'],
  ['check my parcel tracking number EB482913577VN', 'none'],
  ['tra cứu mã vận đơn giao hàng tiết kiệm', 'none'],
  ['tra số dư tài khoản ngân hàng', 'none'],
  ['tra cứu thông tin thuê bao điện thoại chính chủ', 'none'],
  // none: prices, weather, lottery, chit-chat, spam, insults
  ['giá vàng hôm nay bao nhiêu', 'none'],
  ['bữa nay có mưa hông ad', 'none'],
  ['kết quả xổ số miền trung hôm nay', 'none'],
  ['Do you know a good restaurant nearby?', 'none'],
  ['ai là người đẹp nhất tỉnh mình ad', 'none'],
  ['vay tiền nhanh lãi suất thấp giải ngân trong ngày, ib ngay', 'none'],
  ['bot ngu vl', 'none'],

  // business
  [`tra mst ${H10_MST_A}`, 'business'],
  [`Cty có mã số thuế ${H10_MST_B} còn hoạt động không ạ, sắp ký hợp đồng với họ`, 'business'],
  [`who is the director of company tax code ${H10_MST_C}?`, 'business'],
  [`dn ${H10_MST_D} giải thể chưa vậy`, 'business'],
  ['tra cứu doanh nghiệp Công ty TNHH Thương mại Minh Phát Đạt địa chỉ ở đâu', 'business'],
  // my_dossiers
  ['e quên mã hồ sơ rồi, sdt e là 0912 486 307 thì tra được ko', 'my_dossiers'],
  ['list all my applications please', 'my_dossiers'],
  // dossier_follow / dossier_unfollow / follows
  [`báo cho tôi khi hồ sơ ${H10_CODE_A} có kết quả nhé`, 'dossier_follow'],
  [`thôi đừng gửi thông báo hồ sơ ${H10_CODE_C} nữa, e nhận kq rồi`, 'dossier_unfollow'],
  ['mình đang theo dõi những hồ sơ nào vậy', 'follows'],
  // feedback_ticket / my_feedback
  [`phản ánh ${H10_TICKET_A} xử lý tới đâu rồi`, 'feedback_ticket'],
  [`ticket ${H10_TICKET_B} any update?`, 'feedback_ticket'],
  ['tuần trước tôi có gửi phản ánh về đèn đường mà chưa thấy ai trả lời', 'my_feedback'],
  ['xem lại các phản ánh tôi đã gửi', 'my_feedback'],
  // handoff / help / menu
  ['cho gặp cán bộ trực tiếp đi, nói chuyện với máy mệt quá', 'handoff'],
  ['I need to talk to a real person', 'handoff'],
  ['số hotline của trung tâm phục vụ hành chính công là số mấy', 'help'],
  ['bộ phận một cửa tỉnh thứ 7 có làm việc ko, mấy giờ mở cửa', 'help'],
  // language
  ['Can I switch to English?', 'language'],
  ['chuyển sang tiếng Việt giúp mình', 'language'],
  // subscriptions / unsubscribe
  ['e muốn nhận thông báo về tuyển dụng với chính sách mới', 'subscriptions'],
  ['hủy nhận tin, nhắn nhiều quá', 'unsubscribe'],
  // welcome
  // my_data / erase_my_data
  ['bot đang lưu những thông tin gì của tôi', 'my_data'],
  ['xóa hết dữ liệu cá nhân của tôi đi', 'erase_my_data'],
];

/**
 * Held-out 11: written blind in one go from the label list only (no bot source, flows, templates, tests or other
 * batches read). It stresses hard voices: older people typing without diacritics or with misplaced ones, teencode
 * and heavy abbreviations (ko, k, dc, j, z, r, e, a, ad, hs, tthc, mst, dn, cccd, sdt, ubnd), Southern and Central
 * regional words (hông, tui, mấy chú, giùm, mô, răng, rứa, chi), long story-first messages, 1-3 word messages,
 * pasted receipts / portal notices / SMS / forwarded text carrying dossier codes, formal "Kính gửi" letters, angry
 * complaints, and about 1 in 6 in English or English-Vietnamese mix. Out-of-scope near misses (exam scores, bills,
 * fines, bank, private insurance, weather, prices, jobs, parcels, chit-chat, spam, insults) are labelled none.
 * Mix: procedure 41, dossier 30, feedback 30, none 18, business 5, my_dossiers 3, feedback_ticket 3, and 1-2 each for
 * the remaining labels. Codes, tax codes (valid check digits) and tickets are invented; codes are typed in several ways.
 * Merged on 2026-12-03: 12 messages that turned out to be a flow's own example or keyword, a message of an earlier
 * batch word for word once folded, or a twin in held-out 10 and 11, were left out (found by a script that printed only
 * those); held-out 12, written blind by a third writer for their labels, takes their place.
 */
// Dossier codes (format 000.00.NN.H02-YYMMDD-NNNN)
const H11_CODE_A = '000.00.19.H02-261104-0231';
const H11_CODE_A_SPACED = '000 00 19 H02 261104 0231';
const H11_CODE_B = '000.00.24.H02-261118-1187';
const H11_CODE_B_LOWER = '000.00.24.h02-261118-1187';
const H11_CODE_B_NODOT = '0000024H02-261118-1187';
const H11_CODE_C = '000.00.07.H02-260930-0065';
const H11_CODE_C_LOWER = '000.00.07.h02-260930-0065';
const H11_CODE_D = '000.00.31.H02-261021-2409';
const H11_CODE_D_LOWER = '000.00.31.h02-261021-2409';
const H11_CODE_E = '000.00.12.H02-261125-0518';
const H11_CODE_E_SPACED = '000.00.12.H02 - 261125 - 0518';
const H11_CODE_F = '000.00.19.H02-261201-0042';
const H11_CODE_F_SPACED = '000.00.19.H02 261201 0042';
const H11_CODE_G = '000.00.05.H02-261012-3376';
const H11_CODE_G_LOWER_NODOT = '0000005h02-261012-3376';
const H11_CODE_H = '000.00.28.H02-260815-0904';
const H11_CODE_I = '000.00.16.H02-261109-1450';
const H11_CODE_J = '000.00.22.H02-261127-0773';
const H11_CODE_J_LOWER = '000.00.22.h02-261127-0773';
const H11_CODE_E_NODOT = '0000012H02-261125-0518';

// Tax codes (10 digits, 10th = check digit with weights 31,29,23,19,17,13,7,5,3)
const H11_MST_1 = '4302188570';
const H11_MST_2 = '0106931249';
const H11_MST_3 = '2805614398';
const H11_MST_4_SPACED = '4603 377 028';

// Feedback tickets (PA-2026-NNNNNN)
const H11_TICKET_1 = 'PA-2026-004812';
const H11_TICKET_2_LOOSE = 'pa 2026 011273';
const H11_TICKET_3_NODASH = 'PA2026000396';

const batch11Heldout: [string, string][] = [
  // procedure: elderly / no diacritics / wrong diacritics
  [
    'cho hoi lam giay khai sinh cho chau noi can nhung giay to gi, toi 68 tuoi ko ranh may cai dien thoai nay',
    'procedure',
  ],
  ['dang ky tam tru cho nguoi thue tro thi chu tro di lam hay nguoi thue tu lam', 'procedure'],
  ['thu tuc cap giay chung nhan quyen su dung dat lan dau, dat ong ba de lai khong co giay to gi het', 'procedure'],
  ['xin cap ban sao trich luc khai sinh, ban goc mat roi', 'procedure'],
  ['chung thuc chu ky tren giay uy quyen thi lam o dau, toi gia roi di xa ko noi', 'procedure'],
  ['cho tôi hõi thủ tụt cấp đỗi sổ đõ bị rách, mất mấy ngày', 'procedure'],
  ['giấy xát nhận tình trạng hôn nhân đễ đi làm sổ đõ thì cần gì', 'procedure'],
  ['muon xay them tang 2 tren nha cap 4 co can xin phep ko', 'procedure'],
  [
    'Xin hỏi thủ tục đăng ký khai tử cho người mất đã lâu (năm 1998) mà hồi đó gia đình chưa khai, bây giờ cần giấy để chia đất cho mấy đứa con',
    'procedure',
  ],
  ['thu tuc xac dinh lai dan toc cho con theo dan toc cua me', 'procedure'],
  // procedure: teencode / abbreviations
  ['lam lai cccd bi mat o dau v ad', 'procedure'],
  ['đăng ký kết hôn cần mang j z mn', 'procedure'],
  ['e muốn đk thường trú về nhà chồng thì cần hs gì ạ', 'procedure'],
  ['lý lịch tư pháp làm online dc ko ad', 'procedure'],
  ['tthc cấp giấy phép bán lẻ rượu', 'procedure'],
  ['cccd cho be 10 tuoi lam dc chua a, can mang giay khai sinh ko', 'procedure'],
  ['hs xin cấp bằng lái quốc tế cần gì vậy ad', 'procedure'],
  ['ad oi thu tuc dki thay doi ndung hkd, e doi dia diem kd qua phuong khac', 'procedure'],
  ['dk khai sinh online tren cong dvc lam sao, e lam hoai ko qua dc buoc ky so', 'procedure'],
  ['doi bang lai xe het han lam o dau', 'procedure'],
  // procedure: regional voices
  [
    'Tui ở dưới ấp, tính mở cái tiệm tạp hóa nhỏ nhỏ trước nhà, nghe nói phải đăng ký hộ kinh doanh, vậy làm ở đâu, có tốn tiền hông mấy chú',
    'procedure',
  ],
  ['làm khai sinh cho con thì mang chi theo, nộp ở mô rứa ad', 'procedure'],
  [
    'mấy cô ơi thủ tục xin trợ cấp cho người khuyết tật nặng làm sao, con tui bị bại não từ nhỏ, nhà nghèo lắm',
    'procedure',
  ],
  ['sang tên sổ đỏ cho con thì đóng thuế phí gì hông, có được miễn hông', 'procedure'],
  ['xin giấy xác nhận thông tin cư trú làm răng, ở xã hay lên huyện', 'procedure'],
  // procedure: long story / formal
  [
    'Mẹ em mới mất tuần trước, giờ em phải làm giấy chứng tử cho mẹ mà em ko biết làm ở đâu, ai đi khai, có cần giấy báo tử của bệnh viện ko ạ. Mẹ mất ở nhà chứ ko phải ở bệnh viện',
    'procedure',
  ],
  [
    'Kính gửi Quý cơ quan. Tôi tên là Trần Văn Hưởng, hiện cư trú tại xã Tân Phước. Tôi có nhu cầu xin cấp Phiếu lý lịch tư pháp số 1 để bổ sung hồ sơ xin việc. Kính đề nghị Quý cơ quan hướng dẫn giúp tôi thủ tục, lệ phí và thời gian giải quyết. Trân trọng cảm ơn.',
    'procedure',
  ],
  [
    'Con tôi sinh ở Nhật, nay cả nhà về nước rồi, giờ muốn ghi chú khai sinh cho cháu ở VN thì làm thủ tục gì, nộp ở huyện hay ở tỉnh',
    'procedure',
  ],
  [
    'Chồng cũ tôi không chịu ký giấy tờ gì, nay tôi muốn đổi họ cho con theo họ mẹ, thủ tục thay đổi hộ tịch như vậy có làm được không, cần những gì',
    'procedure',
  ],
  [
    'Chào anh chị, em là sinh viên năm cuối, em cần chứng thực bản sao bằng tốt nghiệp và học bạ để nộp hồ sơ xin việc, em có thể chứng thực ở UBND phường nào cũng được hay phải về nơi thường trú ạ? phí chứng thực 1 trang bao nhiêu',
    'procedure',
  ],
  [
    'Kính gửi UBND tỉnh, tôi là cựu chiến binh, năm nay 75 tuổi, muốn hỏi thủ tục hưởng chế độ người có công với cách mạng (tôi bị nhiễm chất độc hóa học) cần những giấy tờ gì và nộp ở đâu. Xin cảm ơn các đồng chí.',
    'procedure',
  ],
  [
    'nhận nuôi con nuôi trong nước thủ tục ra sao, vợ chồng tôi hiếm muộn 10 năm rồi giờ muốn nhận bé của người bà con',
    'procedure',
  ],
  ['Chuyển mục đích sử dụng đất từ đất vườn sang đất ở thì nộp hồ sơ ở đâu, tiền sử dụng đất tính sao', 'procedure'],
  ['xin giấy phép xây dựng nhà ở riêng lẻ mất bao lâu, lệ phí nhiêu vậy anh', 'procedure'],
  ['thủ tục đăng ký biến động khi bố mẹ tặng cho đất', 'procedure'],
  // procedure: English / mix
  [
    'How do I register a household business (hộ kinh doanh) here? I am Vietnamese but lived abroad long time, my Vietnamese is not good',
    'procedure',
  ],
  ['what documents needed for marriage registration with foreigner? my fiance is Korean', 'procedure'],
  [
    'Hi, I need a criminal record certificate to apply for job in Australia. Can I apply online or must go to office? how many days?',
    'procedure',
  ],
  ['How to apply building permit for small house? fee and time pls', 'procedure'],
  [
    'Dear sir/madam, I am a foreigner married to Vietnamese wife, I want to apply temporary residence card (thẻ tạm trú). What papers do I need?',
    'procedure',
  ],

  // dossier: code given, various typings
  [`ho so ${H11_CODE_A} cua toi sao chua co ket qua, hen hom qua ma`, 'dossier'],
  [`${H11_CODE_C_LOWER}`, 'dossier'],
  [`mã hs ${H11_CODE_F} đã xong chưa ad`, 'dossier'],
  [`bao gio co ket qua ho so ${H11_CODE_E_NODOT}`, 'dossier'],
  [`ho so khai tu ${H11_CODE_F_SPACED}`, 'dossier'],
  [`kiem tra giup minh ho so ${H11_CODE_G_LOWER_NODOT}`, 'dossier'],
  [`hs ${H11_CODE_H} co kq chua a`, 'dossier'],
  [`tình trạng hồ sơ ${H11_CODE_J}`, 'dossier'],
  [`ma ho so ${H11_CODE_A_SPACED}`, 'dossier'],
  [`xem tien do ho so ${H11_CODE_D_LOWER}`, 'dossier'],
  [`ho so ${H11_CODE_A} bi tra ve hay sao z, tren cong ghi yeu cau bo sung la sao`, 'dossier'],
  [`hồ sơ mã ${H11_CODE_C} có kết quả chưa, tui ở xa muốn biết trước rồi mới lên lấy`, 'dossier'],
  // dossier: pasted receipts / notices / forwarded
  [
    `GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ\nMã hồ sơ: ${H11_CODE_B}\nNgười nộp: NGUYỄN THỊ LAN\nThủ tục: Cấp đổi Giấy chứng nhận quyền sử dụng đất\nNgày hẹn trả: 16/12/2026\n\nad xem giup e ho so nay toi dau roi a`,
    'dossier',
  ],
  [
    `[Cổng DVC] Hồ sơ ${H11_CODE_I} đã được tiếp nhận. Vui lòng theo dõi trạng thái hồ sơ trên Cổng.\n\n-> cái này giờ tới bước nào rồi vậy`,
    'dossier',
  ],
  [
    `Chuyển tiếp tin nhắn: "Mã hồ sơ của anh là ${H11_CODE_C}, anh tra trên zalo tỉnh nhé" - em cảm ơn, nhờ tra giúp em`,
    'dossier',
  ],
  [
    `SMS: "HS ${H11_CODE_E} cua ong/ba dang duoc xu ly, vui long cho thong bao" - toi cho 2 tuan roi, gio toi dau r`,
    'dossier',
  ],
  // dossier: long / formal / regional
  [`hồ sơ của tôi nộp hơn 1 tháng mà chưa thấy gọi, trễ hẹn rồi, mã là ${H11_CODE_E_SPACED}`, 'dossier'],
  [
    `Kính gửi bộ phận một cửa, tôi đã nộp hồ sơ đăng ký biến động đất đai ngày 12/10/2026 với mã số ${H11_CODE_G}, đến nay đã quá hạn hẹn trả kết quả 15 ngày mà chưa nhận được thông báo nào. Đề nghị cho biết hồ sơ đang ở khâu nào.`,
    'dossier',
  ],
  [
    `Bà nội tui có nộp cái hồ sơ xin trợ cấp người cao tuổi ở xã, cán bộ đưa cái giấy biên nhận có ghi mã ${H11_CODE_J_LOWER}, nay bà hỏi hoài sao chưa có tiền, nhờ ad coi giùm tới đâu rồi`,
    'dossier',
  ],
  [
    `Tôi nộp hồ sơ xin phép xây dựng mã ${H11_CODE_D} lúc đó hẹn 15 ngày làm việc, nay đã 25 ngày, đề nghị kiểm tra xem bị vướng ở đâu`,
    'dossier',
  ],
  [
    `Dạ con chào cô chú, con nộp hồ sơ cấp lý lịch tư pháp cho công ty mới, mã ${H11_CODE_B_LOWER}, bên công ty hối quá mà con chưa nhận được, cô chú coi giùm con có trễ hẹn không ạ`,
    'dossier',
  ],
  [`tra cuu ho so ${H11_CODE_B_NODOT}`, 'dossier'],
  // dossier: no code
  ['hồ sơ tôi sao rồi', 'dossier'],
  ['cho hỏi hồ sơ làm sổ đỏ của tui bao giờ có, nộp từ tháng 8 tới giờ', 'dossier'],
  ['hs cua e toi buoc nao roi', 'dossier'],
  // dossier: English / mix
  [`check status of my application ${H11_CODE_D} please`, 'dossier'],
  [
    `Hello, my wife submitted papers for our son's birth certificate, code ${H11_CODE_H}, is it done? when can we pick up?`,
    'dossier',
  ],
  [`my dossier ${H11_CODE_B_NODOT} status?`, 'dossier'],
  [`Is my application late? code ${H11_CODE_I}. The appointment date was 28 Nov`, 'dossier'],
  [`when will the result of dossier ${H11_CODE_F} be ready`, 'dossier'],

  // feedback: roads, lights, rubbish, flood, noise, encroachment
  ['duong vo ap Binh Hoa o ga to bu, mua xuong la ngap, xe may te hoai, de nghi sua', 'feedback'],
  ['Den duong doan tu cau Ong Dau toi cho tat het 2 tuan nay, toi o di bo toi so lam', 'feedback'],
  [
    'Bãi rác tự phát ngay đầu hẻm 45, hôi thối, ruồi muỗi, bà con phản ánh mấy lần rồi mà tổ dân phố ko giải quyết',
    'feedback',
  ],
  ['quan karaoke ke nha hat toi 1-2h sang, cu bao hoai ko dc, xin chinh quyen xu ly', 'feedback'],
  ['nha ben canh lan chiem het via he de ban hang, nguoi di bo phai di xuong long duong', 'feedback'],
  ['cây xanh ngã đè dây điện trước số nhà 112, nguy hiểm lắm', 'feedback'],
  ['Ngập nặng khu phố 4 mỗi lần mưa, cống bị nghẹt rác mà ko ai nạo vét', 'feedback'],
  ['gui ad hinh anh ong nuoc vo chay tran ra duong ca tuan nay roi', 'feedback'],
  ['trâu bò thả rông ra quốc lộ, tối chạy xe đụng trúng mấy vụ rồi', 'feedback'],
  ['co nguoi dot rac, khoi bay vo nha toi suot, ba toi bi hen suyen', 'feedback'],
  ['chó thả rông không rọ mõm cắn con nít trong xóm 2 lần rồi', 'feedback'],
  ['trụ điện nghiêng sắp đổ đầu ngõ 9', 'feedback'],
  ['xưởng gỗ hoạt động cả đêm, tiếng cưa ồn ào không ngủ được', 'feedback'],
  ['phan anh: cho tu phat lan chiem long duong o dau cau, ket xe moi sang', 'feedback'],
  ['Đường làng nứt toác sau khi xe tải chở cát chạy qua, bà con bức xúc lắm', 'feedback'],
  ['Đề nghị lắp thêm đèn tín hiệu giao thông ở ngã tư chợ Mới vì tai nạn liên tục', 'feedback'],
  // feedback: officials, slow service, corruption, portal
  [
    'LÀM ĂN KIỂU GÌ VẬY??? Lên một cửa huyện 3 lần rồi lần nào cũng bảo thiếu giấy, mỗi lần một kiểu, cán bộ thì cáu gắt, nói chuyện trống không với người già. Tôi muốn phản ánh thái độ cán bộ này!!!',
    'feedback',
  ],
  ['bo phan mot cua xa lam viec cham qua, 9h moi co nguoi ngoi, dan cho tu sang', 'feedback'],
  ['Cán bộ địa chính xã gợi ý đưa tiền "bồi dưỡng" mới làm nhanh hồ sơ. Tôi muốn tố giác.', 'feedback'],
  ['kiến nghị: cổng dịch vụ công hay bị lỗi khi nộp hồ sơ buổi sáng, load hoài ko được, đề nghị nâng cấp', 'feedback'],
  // feedback: long / formal / regional
  [
    'Kính gửi UBND tỉnh. Tôi xin phản ánh việc một cơ sở chế biến thủy sản xả nước thải chưa qua xử lý ra kênh Bảy Xã, nước đen ngòm, cá chết nổi trắng, người dân không dám dùng nước. Đề nghị cơ quan chức năng kiểm tra xử lý. Tôi có ảnh kèm theo.',
    'feedback',
  ],
  [
    'Tui ở tổ 7, mấy bữa nay có xe ben chở đất chạy ban đêm, rớt đất đầy đường, bụi mù, con nít ho quá trời. Phản ánh để chính quyền xử lý giùm',
    'feedback',
  ],
  [
    'Cầu khỉ qua kênh ở ấp 3 mục hết rồi, học sinh đi học qua đó rất nguy hiểm, xin chính quyền làm cầu mới cho tụi nhỏ',
    'feedback',
  ],
  [
    'Thưa các anh chị, tôi là giáo viên về hưu, sống ở khu dân cư mới. Từ khi khu này bàn giao năm 2023 đến nay vẫn chưa có hệ thống thoát nước, mỗi lần mưa nước tràn vào nhà, đồ đạc hư hỏng. Chúng tôi đã làm đơn gửi phường hai lần nhưng chưa có hồi âm. Nay tôi gửi lên đây mong tỉnh xem xét.',
    'feedback',
  ],
  [
    'Mấy ông ơi, cái mương thoát nước sau chợ bị lấp để xây ki ốt rồi, mưa cái là ngập chợ. Ai cho phép vậy?',
    'feedback',
  ],
  // feedback: English / mix
  ['There is a big hole on the road near the primary school, kids almost fall, please fix it', 'feedback'],
  [
    'Someone is building a house illegally on the canal bank (hành lang kênh) behind my street, no permit sign, please check',
    'feedback',
  ],
  [
    'Dear province, the street lights on my road have been off for a month. Address: hẻm 22 đường Trần Phú. Please send someone.',
    'feedback',
  ],
  ['the garbage truck not come for 1 week, rac khap hem, pls help', 'feedback'],

  // none: out-of-scope near misses
  ['tra diem thi tot nghiep thpt 2026 o dau vay ad', 'none'],
  ['tien dien thang nay sao cao qua, tra hoa don dien giup toi', 'none'],
  ['tra phat nguoi xe may bien 68B1-472.19', 'none'],
  ['thoi tiet mai co mua ko', 'none'],
  [
    'Bảo hiểm nhân thọ của tui ở công ty bảo hiểm tư nhân tới kỳ đáo hạn mà chưa chi trả, nhờ tra giùm hợp đồng',
    'none',
  ],
  ['ngân hàng trừ tiền tài khoản tôi ko rõ lý do, check số dư giúp', 'none'],
  ['tuyen cong nhan khu cong nghiep co viec ko ad, e can viec gap', 'none'],
  ['ad có người yêu chưa', 'none'],
  ['ket qua xo so mien nam hom nay', 'none'],
  ['my parcel from Shopee has not arrived, can you track it?', 'none'],
  ['giá lúa hôm nay ở chợ bao nhiêu một ký', 'none'],
  ['Can you recommend a good hotel in the city center?', 'none'],
  ['don grab bi huy ma tien chua hoan', 'none'],
  ['cho vay tiền nhanh lãi thấp, không cần thế chấp, liên hệ 0899 xxx xxx', 'none'],
  ['nạp card điện thoại giúp với', 'none'],

  // business
  [`tra mst ${H11_MST_1}`, 'business'],
  [`Công ty có mã số thuế ${H11_MST_2} còn hoạt động ko, tôi sắp ký hợp đồng với họ`, 'business'],
  [`check company tax code ${H11_MST_3}, who is director?`, 'business'],
  [`dn mst ${H11_MST_4_SPACED} dia chi o dau`, 'business'],
  ['cho hỏi cty TNHH Xây dựng Phú Gia Lộc còn hđ không, địa chỉ ở đâu', 'business'],

  // my_dossiers
  ['toi quen ma ho so roi, lam sao xem lai cac ho so da nop', 'my_dossiers'],
  ['ds hồ sơ tôi đã nộp theo sđt 0978 215 406', 'my_dossiers'],

  // feedback_ticket
  [`phản ánh ${H11_TICKET_1} đã xử lý chưa`, 'feedback_ticket'],
  [`${H11_TICKET_2_LOOSE} sao chua thay tra loi`, 'feedback_ticket'],
  [
    `Kính gửi, tôi đã gửi phản ánh về việc ngập nước, số phiếu ${H11_TICKET_3_NODASH}, xin cho biết kết quả xử lý.`,
    'feedback_ticket',
  ],

  // my_feedback
  ['mấy cái phản ánh tui gửi tháng trước có ai trả lời chưa, tui ko nhớ số', 'my_feedback'],

  // handoff
  ['cho toi noi chuyen voi nguoi that, bot tra loi ko dung y', 'handoff'],
  ['gặp cán bộ trực tiếp được ko ad, tui già rồi bấm ko rành', 'handoff'],

  // help
  ['so hotline cua trung tam phuc vu hanh chinh cong tinh la bao nhieu, may gio mo cua', 'help'],
  // Asking what the bot can do is labelled menu (2026-12-03): the menu answers it with the list of services, while the
  // help flow gives the hotline, address and hours; tuning 6's "bot này làm được gì" is menu too.
  ['bot này làm được những gì', 'menu'],

  // menu

  // language
  ['can u speak english', 'language'],
  ['chuyen ngon ngu sang tieng anh giup', 'language'],

  // subscriptions
  ['muốn nhận thông báo tin tức của tỉnh về chính sách đất đai', 'subscriptions'],
  ['subscribe news from province pls', 'subscriptions'],

  // unsubscribe
  ['dung gui tin cho toi nua, nhan hoai phien qua', 'unsubscribe'],

  // welcome

  // my_data
  ['bot luu nhung thong tin gi cua toi vay', 'my_data'],

  // erase_my_data

  // dossier_follow
  [`bao cho toi khi ho so ${H11_CODE_A} co ket qua nhe`, 'dossier_follow'],
  [`notify me when ${H11_CODE_I} changes status`, 'dossier_follow'],

  // dossier_unfollow
  [`thôi ko cần báo hồ sơ ${H11_CODE_C} nữa, nhận rồi`, 'dossier_unfollow'],

  // follows
];

/**
 * Held-out 12: 30 blind first messages to the province's e-government Zalo OA, written without reading the bot's
 * flows: mixed voices (elderly formal, young teencode, no-diacritic, southern/central regional words, typos),
 * five in English (some broken), concrete out-of-scope asks (football, recipe, phone plan, crypto, concert),
 * personal greetings, and two invented dossier codes (one lower-case h02). Labels follow what a clerk would do first.
 */
const H12_CODE_A = '000.00.27.H02-261118-0392';
const H12_CODE_B_LOWER = '000.00.31.h02-261020-1175';
const batch12Heldout: [string, string][] = [
  // procedure (5)
  ['e bị mất cccd r, làm lại thì cần mang j theo vậy ad, có tốn phí ko', 'procedure'],
  [
    'Cho tôi hỏi đăng ký khai sinh cho cháu nội mà bố mẹ cháu đi làm xa thì ông bà đi làm thay có được không ạ',
    'procedure',
  ],
  ['thu tuc tach thua dat o xa minh can nhung giay to gi a, mat bao lau moi co so', 'procedure'],
  ['How can a foreigner married with Vietnamese register temporary residence here? what paper need', 'procedure'],
  ['mở tiệm tạp hóa nhỏ trước nhà có phải đăng ký hộ kinh doanh hông hay bán luôn dc', 'procedure'],
  // dossier (3)
  [`hs của tui mã ${H12_CODE_A} nộp 3 tuần rồi mà chưa thấy gì hết trơn`, 'dossier'],
  [
    'ho so xin giay phep xay dung cua e nop hoi thang truoc toi gio van chua co ket qua, bao gio moi xong vay ad',
    'dossier',
  ],
  [`Hi, just checking my application ${H12_CODE_B_LOWER}, is it approved yet?`, 'dossier'],
  // feedback (5)
  ['Đèn đường đoạn từ cầu Bà Năm vô tới chợ tắt cả tuần nay, tối đi làm về tối thui sợ lắm', 'feedback'],
  ['quán karaoke đầu hẻm 45 hát tới 1-2h sáng đêm nào cũng vậy, gọi phường mà ko ai xuống xử lý', 'feedback'],
  ['The drain on my street is blocked and water go into houses every time it rain, who can fix this?', 'feedback'],
  [
    'Cán bộ bộ phận một cửa ở UBND xã thái độ hách dịch, hỏi có mấy câu mà quát người già, tôi muốn phản ánh',
    'feedback',
  ],
  ['rác dồn đống ở bãi đất trống cạnh trường tiểu học mấy bữa nay bốc mùi, xe rác hổng chịu lấy', 'feedback'],
  // none (5)
  ['tối nay VN đá với Thái mấy giờ vậy ad, kênh nào chiếu', 'none'],
  ['cho e xin công thức nấu bún bò Huế chuẩn vị với', 'none'],
  ['gói cước 4G viettel nào rẻ mà nhiều data nhất v mn', 'none'],
  ['how much bitcoin now bro', 'none'],
  ['vé concert Sơn Tùng ở sân vận động tỉnh mua ở đâu z', 'none'],
  // my_dossiers (2)
  ['quên mất mã hồ sơ rồi, tra bằng số đt được không ạ', 'my_dossiers'],
  ['Cho tôi xem tất cả các hồ sơ tôi đã nộp từ đầu năm tới giờ', 'my_dossiers'],
  // menu (2)
  ['mở lại mấy mục chính cho e chọn lại với', 'menu'],
  ['bấm lộn rồi, cho làm lại từ đầu đi', 'menu'],
  // subscriptions (1)
  ['tôi muốn đăng ký nhận tin tức về đất đai, quy hoạch của tỉnh qua zalo này', 'subscriptions'],
  // welcome (4)
  ['Chào các anh chị cán bộ, chúc mọi người một ngày làm việc vui vẻ nha', 'welcome'],
  ['hi ad, lần đầu e nhắn trang này 😊', 'welcome'],
  ['good evening, nice to meet u', 'welcome'],
  ['Dạ con chào các cô chú ạ, con mới quan tâm trang mình', 'welcome'],
  // my_feedback (1)
  ['mấy cái phản ánh tôi gửi hồi tháng rồi về ổ gà có ai trả lời chưa, coi ở đâu', 'my_feedback'],
  // erase_my_data (1)
  ['xóa hết thông tin cá nhân với sđt của tôi khỏi hệ thống giùm, tôi ko xài nữa', 'erase_my_data'],
  // follows (1)
  ['e có bật báo tin cho mấy hồ sơ á, giờ muốn coi lại danh sách đang theo dõi', 'follows'],
];

/**
 * Blind held-out set 13 for the intent router: 150 first messages from citizens to the province's
 * e-government Zalo OA, each labelled with what a helpful clerk would do FIRST.
 * Written from the list of labels only (notes/labels.md), without reading the bot's source, flows or tests.
 * Voices: with/without diacritics, typos, Telex leftovers, abbreviations (hs, tthc, mst, dn, cccd, ko, dc, j…),
 * southern/central words, elderly formal, teencode, long rambling messages, ~10–15 % English.
 * Date: 2026-12-03. All codes, tax codes, tickets and phone numbers below are invented.
 */

// Dossier codes (canonical and loosely typed variants)
const H13_CODE_A = '000.00.31.H02-261118-0042';
const H13_CODE_B = '000.00.07.H02-261102-0315';
const H13_CODE_C = '000.00.19.h02-261124-0007'; // lower case h02
const H13_CODE_D = '000 00 44 H02 261020 1189'; // spaces
const H13_CODE_E = '0000023H02-261127-0561'; // dots missing
const H13_CODE_F = '000.00.12.H02-260930-0824';
const H13_CODE_G = '000.00.38.H02-261201-0019';
const H13_CODE_H = '000.00.05.H02-261113-0470';
const H13_CODE_I = '000.00.26.h02.261125.0133'; // lower case, dots everywhere
const H13_CODE_J = '000.00.41.H02-261015-0902';
const H13_CODE_K = '000.00.16.h02-260822-0658';
const H13_CODE_L = '000.00.33.H02-261130-0284';
const H13_CODE_M = '000.00.22.H02-261109-0736';
const H13_CODE_N = '000 00 09 h02 261119 0077'; // spaces, lower case
const H13_CODE_O = '000.00.48.H02-261006-1402';
const H13_CODE_P = '000.00.14.H02-261126-0395';
const H13_CODE_Q = '00000.27.H02 261021 0518'; // mixed separators

// Tax codes (10 digits, check digit verified: weights 31,29,23,19,17,13,7,5,3)
const H13_TAX_A = '2801734599';
const H13_TAX_B = '3104567825';
const H13_TAX_C = '4608123757';
const H13_TAX_D = '1702345617';
const H13_TAX_E = '5409871238';
const H13_TAX_F = '3804561297';

// Feedback tickets (both forms, some loose)
const H13_TICKET_A = 'PA-ZL-2026-000418';
const H13_TICKET_B = 'pa zl 2026 1562';
const H13_TICKET_C = 'PA-2026-003127';
const H13_TICKET_D = 'pa-2026-011905';
const H13_TICKET_E = 'PA-ZL-2026-000087';

// Phone numbers
const H13_PHONE_A = '0916274583';
const H13_PHONE_B = '0387 519 246';

const batch13Heldout: [string, string][] = [
  // procedure: which papers, fees, time, where
  ['làm giấy khai sinh cho con cần giấy tờ gì vậy ad', 'procedure'],
  ['cho hoi thu tuc tach thua dat o huyen minh can nhung gi, le phi bao nhieu', 'procedure'],
  [
    'Kính gửi quý cơ quan, tôi năm nay 72 tuổi, muốn làm thủ tục trích lục khai tử cho ông nhà để lo việc thừa kế, xin hỏi cần mang những giấy tờ gì và nộp ở đâu ạ. Trân trọng cảm ơn.',
    'procedure',
  ],
  ['dang ky ket hon voi nguoi nuoc ngoai thi lam o dau a', 'procedure'],
  ['e mún xin giấy phép xây dựng nhà ở riêng lẻ thì hs gồm j z mn', 'procedure'],
  ['thur tucj chuyeenr muc dichs su dung datd', 'procedure'],
  ['How to register permanent residence for my wife? what documents i need', 'procedure'],
  ['xác nhận thông tin cư trú thì lấy ở đâu, mất mấy ngày vậy', 'procedure'],
  ['đăng ký hộ kinh doanh cá thể bán tạp hóa cần những gì, bao nhiêu ngày thì có', 'procedure'],
  ['tthc cấp đổi giấy phép lái xe hạng B2 hết hạn làm online dc ko', 'procedure'],
  ['cho e hỏi chứng thực bản sao cccd mất phí bao nhiu 1 trang', 'procedure'],
  [
    'tui ở dưới quê muốn làm giấy xác nhận tình trạng hôn nhân để đi làm hồ sơ vay ngân hàng, mà hổng biết lên xã hay lên huyện, cần đem theo cái gì nữa không mấy chú',
    'procedure',
  ],
  ['thủ tục đăng ký khai tử gồm những gì', 'procedure'],
  ['Xin hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu thời gian giải quyết là bao lâu?', 'procedure'],
  ['giay khai sinh cua e bi rach het roi, xin cap ban sao thi can gi ad oi', 'procedure'],
  ['muốn mở quán cà phê nhỏ trước nhà thì phải xin giấy phép gì vậy ạ', 'procedure'],
  ['thủ tục nhận con nuôi trong nước cần chuẩn bị những giấy tờ nào', 'procedure'],
  ['hỏi xíu, đăng ký thường trú cho con mới sinh có cần ra công an ko hay làm trên mạng đc', 'procedure'],
  ['xin trợ cấp cho người khuyết tật nặng thì nộp hồ sơ ở đâu, gồm những gì', 'procedure'],
  ['e nghe nói làm lý lịch tư pháp online được, chỉ e cách làm vs giấy tờ cần thiết với', 'procedure'],
  ['cấp phép khai thác nước dưới đất cho trang trại heo thì thủ tục ra sao ạ', 'procedure'],
  ['ba e mất rồi, giờ muốn sang tên sổ đỏ qua cho má thì làm thủ tục gì, ở đâu vậy anh chị', 'procedure'],
  ['how much is the fee for a copy of birth certificate, and how long it take?', 'procedure'],

  // dossier: look up one dossier's status (about half with a code in a sentence)
  [`cho hỏi hồ sơ ${H13_CODE_A} của tôi đã xử lý tới đâu rồi`, 'dossier'],
  [`tra giúp e hs ${H13_CODE_C} vs ạ`, 'dossier'],
  [`ma ho so ${H13_CODE_D} tinh trang sao roi ad`, 'dossier'],
  [`Please check the status of my application ${H13_CODE_B}`, 'dossier'],
  [`${H13_CODE_E} xong chưa ạ`, 'dossier'],
  [
    `Kính nhờ quý cơ quan kiểm tra giúp tình trạng hồ sơ mã số ${H13_CODE_F}, tôi nộp tại bộ phận một cửa huyện từ đầu tháng mười.`,
    'dossier',
  ],
  [`hs so ${H13_CODE_L} đến bước nào r ad`, 'dossier'],
  [`ad ơi e nộp hs đăng ký kinh doanh hôm bữa, mã là ${H13_CODE_M}, giờ sao rồi ad`, 'dossier'],
  [`${H13_CODE_N} kiem tra giup`, 'dossier'],
  [`kiểm tra kết quả hồ sơ ${H13_CODE_O}`, 'dossier'],
  ['tôi muốn tra cứu tình trạng hồ sơ', 'dossier'],
  ['tra cứu hồ sơ tthc', 'dossier'],
  [
    'hồ sơ xin phép xây dựng nhà tui nộp tháng trước giờ tới đâu rồi, có mã biên nhận nè mà hổng biết nhập ở đâu',
    'dossier',
  ],
  ['xem tiến độ giải quyết hồ sơ thủ tục hành chính', 'dossier'],
  ['how can i check my application status', 'dossier'],
  ['e mún kiểm tra hs làm lý lịch tư pháp đã có kết quả chưa', 'dossier'],
  ['ad xem giup minh cai ho so nop o xa hom thu 2 toi dau roi', 'dossier'],
  ['nhờ ad coi dùm cái hồ sơ chuyển nhượng đất của ông già tui xử lý xong chưa, bữa giờ chờ hoài', 'dossier'],
  ['có mã biên nhận rồi, muốn xem hồ sơ đã được duyệt chưa thì làm sao', 'dossier'],

  // feedback: report a problem / make a suggestion
  [
    'đường liên thôn ấp 3 xã Mỹ Phước có ổ gà lớn lắm, tối qua có người té xe rồi, mong chính quyền sửa sớm',
    'feedback',
  ],
  ['rác ko ai thu gom cả tuần nay ở hẻm 45 đường Trần Phú, hôi quá trời', 'feedback'],
  ['quán karaoke kế nhà hát tới 1-2h sáng, báo công an phường mà ko thấy xử lý', 'feedback'],
  [
    'cán bộ tiếp dân ở bộ phận một cửa xã nói chuyện cộc cằn, hẹn tới 3 lần chưa giải quyết, tôi muốn phản ánh',
    'feedback',
  ],
  ['den duong khu pho 4 hu may thang nay toi thui', 'feedback'],
  [
    'Tôi xin kiến nghị: nên bố trí thêm ghế ngồi chờ tại bộ phận tiếp nhận hồ sơ huyện, người già đứng chờ rất mệt.',
    'feedback',
  ],
  ['xưởng gỗ đầu xóm đốt rác thải khói đen mù mịt mỗi chiều, con nít ho suốt', 'feedback'],
  ['cây xanh ngã đè lên vỉa hè đường Lê Lợi 2 ngày rồi chưa ai dọn', 'feedback'],
  ['I want to report illegal dumping of construction waste near the canal in ward 2', 'feedback'],
  ['e muốn phản ánh vụ nước thải nhà máy tinh bột mì xả ra suối đen ngòm', 'feedback'],
  ['muốn gửi kiến nghị lên tỉnh', 'feedback'],
  [
    'Chào anh chị, tui là dân ở tổ 7 khu phố Bình An, chuyện là từ hồi tháng 9 tới giờ bên công trình xây chung cư kế bên cứ chạy xe ben chở đất ra vô suốt, bụi bay đầy nhà, đường thì lầy lội, nhà tui có bà già bị hen suyễn, đi nói với bảo vệ công trình thì họ nói ko biết. Nhờ anh chị chuyển lên cấp trên xử lý giùm tui với.',
    'feedback',
  ],
  ['chợ tạm lấn chiếm hết lòng đường trước trường tiểu học, sáng đưa con đi học kẹt cứng', 'feedback'],
  ['cống thoát nước bị nghẹt, mưa xuống là ngập tới gối ở đường số 9 khu dân cư mới', 'feedback'],
  ["Cán bộ địa chính xã gợi ý tôi 'bồi dưỡng' thì mới làm nhanh, tôi muốn báo việc này lên trên", 'feedback'],
  ['cau treo qua song bi gay may tam van, nguy hiem cho hoc sinh di hoc lam', 'feedback'],
  ['the road in front of my house dug up for 3 week and nobody fix it', 'feedback'],
  ['e góp ý là cổng dịch vụ công của tỉnh hay bị lỗi đăng nhập, mong sửa sớm', 'feedback'],
  ['có người lấn chiếm đất công làm quán nhậu trên bờ kè, địa phương biết mà lơ luôn', 'feedback'],
  ['heo nuôi trong khu dân cư gây mùi hôi thối, nước thải chảy ra mương, dân chịu hết nổi', 'feedback'],
  ['mương nước ở thôn Đông bị lấp, mưa về nước tràn vô nhà, đề nghị xã nạo vét giúp', 'feedback'],

  // none: out of scope
  ['giá vàng sjc hôm nay bao nhiêu ad', 'none'],
  ['mai trời có mưa ko', 'none'],
  ['tối nay VN đá với Thái mấy giờ vậy', 'none'],
  ['kiểm tra giúp thẻ bhyt của e còn hạn ko', 'none'],
  ['tiền điện tháng này nhà tui tăng gấp đôi, EVN tính sai hả', 'none'],
  ['hóa đơn tiền nước tháng 11 tra ở đâu vậy', 'none'],
  ['thẻ atm vietcombank bị nuốt thì làm sao', 'none'],
  ['shop ơi áo này còn size L ko', 'none'],
  ['bot ơi hát một bài cho vui đi', 'none'],
  ['🔥 Kiếm 5 triệu/ngày tại nhà, không cần vốn, inbox ngay để được hướng dẫn 🔥', 'none'],
  ['chỉ e làm bánh xèo miền Tây với, bột pha sao cho giòn', 'none'],
  ['bitcoin có nên mua lúc này ko', 'none'],
  ['ad ơi ad bao nhiêu tuổi, quê ở đâu z', 'none'],
  ["What's the exchange rate USD to VND today?", 'none'],
  ['hôm qua thấy chủ tịch tỉnh lên tivi nói chuyện hay ghê', 'none'],
  ['ai là chủ tịch ubnd tỉnh nhiệm kỳ này vậy', 'none'],
  ['lich thi dau v-league vong 10', 'none'],
  ['gửi hàng đi Hà Nội bên nào rẻ', 'none'],
  ['bảo hiểm nhân thọ của e đóng tới kỳ nào rồi, tra giúp e', 'none'],

  // business: company lookup by tax code
  [`tra cứu mst ${H13_TAX_A}`, 'business'],
  [`cty có mã số thuế ${H13_TAX_B} còn hoạt động ko ạ`, 'business'],
  [`kiểm tra giúp thông tin dn ${H13_TAX_C}, định ký hợp đồng với họ`, 'business'],
  [`check company tax code ${H13_TAX_D} please`, 'business'],
  ['muốn tra thông tin doanh nghiệp theo mã số thuế', 'business'],
  [`ms thue ${H13_TAX_E} la cong ty gi vay`, 'business'],
  [`Xin nhờ kiểm tra giúp doanh nghiệp mang mã số thuế ${H13_TAX_F}, tên và địa chỉ trụ sở.`, 'business'],

  // my_dossiers: all dossiers by phone / forgot the code
  [`quên mã hồ sơ rồi, sđt của tôi ${H13_PHONE_A}`, 'my_dossiers'],
  ['cho tui coi hết mấy bộ hồ sơ tui nộp từ đầu năm tới giờ', 'my_dossiers'],
  ['e nộp mấy bộ hs mà mất giấy biên nhận hết r, tra theo sdt dc ko', 'my_dossiers'],
  ['list all my applications pls', 'my_dossiers'],
  [`liệt kê giúp các hồ sơ đứng tên tui, số đt ${H13_PHONE_B}`, 'my_dossiers'],
  ['ko nhớ mã hs, coi hết hồ sơ của mình ở đâu', 'my_dossiers'],

  // dossier_follow: notify on status change
  [`hs ${H13_CODE_G} khi nào có kq thì báo e nha`, 'dossier_follow'],
  [`đăng ký nhận thông báo cho hồ sơ ${H13_CODE_H}`, 'dossier_follow'],
  [`notify me when ${H13_CODE_I} is done`, 'dossier_follow'],
  [`Tôi muốn được nhắn tin báo khi hồ sơ ${H13_CODE_P} thay đổi trạng thái.`, 'dossier_follow'],
  ['hồ sơ cấp sổ đỏ của tui khi nào có kết quả thì zalo nhắn cho tui hay nha, khỏi phải vô hỏi hoài', 'dossier_follow'],

  // dossier_unfollow: stop notifications about one dossier
  [`bỏ theo dõi hồ sơ ${H13_CODE_J}`, 'dossier_unfollow'],
  [`hs ${H13_CODE_K} nhận đc kết quả r, đừng nhắn tb về hs này nữa nha ad`, 'dossier_unfollow'],
  [`stop notification for application ${H13_CODE_Q}`, 'dossier_unfollow'],

  // follows: list of followed dossiers
  ['hiện tui đang bật nhận tin cho mấy hồ sơ, liệt kê ra giùm', 'follows'],
  ['xem danh sach ho so dang nhan thong bao', 'follows'],
  ['mấy hồ sơ e bấm theo dõi hôm trước coi lại ở đâu', 'follows'],

  // feedback_ticket: one ticket by number (both forms)
  [`phản ánh ${H13_TICKET_A} xử lý tới đâu rồi`, 'feedback_ticket'],
  [`xem phan anh so ${H13_TICKET_B}`, 'feedback_ticket'],
  [
    `Tôi đã gửi kiến nghị trên hệ thống PAKN của tỉnh, số ${H13_TICKET_C}, xin hỏi đã có trả lời chưa?`,
    'feedback_ticket',
  ],
  [`${H13_TICKET_D} có kết quả chưa ad`, 'feedback_ticket'],
  [`status of ticket ${H13_TICKET_E}?`, 'feedback_ticket'],

  // my_feedback: list of own tickets, no number
  ['mấy cái phản ánh tui gửi hồi trước có ai trả lời chưa', 'my_feedback'],
  ['mấy kiến nghị tôi gửi lên đợt rồi giờ xem lại ở đâu', 'my_feedback'],
  ['tháng trước e có phản ánh vụ đèn đường mà quên số phiếu rồi, giờ coi lại ở đâu', 'my_feedback'],
  ['danh sach kien nghi da gui', 'my_feedback'],
  ['did anyone answer my complaints?', 'my_feedback'],

  // handoff: a human now
  ['cho tôi gặp cán bộ trực tiếp', 'handoff'],
  ['nói chuyện với người thật đc ko, bot trả lời ko đúng ý', 'handoff'],
  ['pls connect me with a staff, the bot dont understand me', 'handoff'],
  ['ad ơi có ai trực ko, cần nói chuyện với nhân viên gấp', 'handoff'],
  ['Tôi muốn được trao đổi trực tiếp với cán bộ phụ trách, không muốn nhắn với máy.', 'handoff'],

  // help: hotline, address, hours, how to use the bot
  ['số hotline của trung tâm hành chính công là bao nhiêu', 'help'],
  ['trung tâm phục vụ hành chính công tỉnh sáng thứ bảy có mở cửa ko ạ', 'help'],
  // Asking what the bot can do is labelled menu (2026-12-03): the menu answers it with the list of services, while the
  // help flow gives the hotline, address and hours; tuning 6's "bot này làm được gì" is menu too.
  ['bot này làm được những gì vậy', 'menu'],
  ['ad chi e cach xai cai zalo nay voi, e ko rành', 'help'],
  ['where is the public administration service center? address pls', 'help'],

  // menu
  ['menu đi ad', 'menu'],
  ['cho e về lại mấy cái lựa chọn ban đầu', 'menu'],
  ['thôi làm lại từ đầu đi, e bấm lộn', 'menu'],

  // language
  ['switch to English pls, i dont read vietnamese', 'language'],
  ['đổi qua tiếng anh cho bạn e là người nước ngoài đọc với', 'language'],
  ['đổi ngôn ngữ qua tiếng việt giùm', 'language'],
  ['Can this chat be in English? my vietnamese not good', 'language'],

  // subscriptions: province news / choose commune
  ['đăng ký nhận tin tức của tỉnh', 'subscriptions'],
  ['e muốn nhận thông báo của xã Phước Long', 'subscriptions'],
  ['subscribe to province news', 'subscriptions'],
  ['cho tui chọn lại phường để nhận thông báo, mới chuyển nhà qua phường 5', 'subscriptions'],

  // unsubscribe: stop ALL announcements
  ['thôi khỏi gửi mấy tin thông báo tin tức cho tui nữa, tắt hết đi', 'unsubscribe'],
  ['dung gui tin nua, phien qua', 'unsubscribe'],
  ['unsubscribe all pls', 'unsubscribe'],

  // welcome: greeting only
  ['chào buổi sáng mấy anh chị trực OA', 'welcome'],
  ['alo alo', 'welcome'],
  ['Xin chào quý cơ quan ạ', 'welcome'],
  ['hi ad', 'welcome'],

  // my_data
  ['các người đang lưu thông tin cá nhân gì của tôi', 'my_data'],
  ['xem dữ liệu của tôi', 'my_data'],
  ['which info of mine is stored in this service?', 'my_data'],

  // erase_my_data
  ['xóa hết dữ liệu cá nhân của tui', 'erase_my_data'],
  ['toi muon xoa thong tin ca nhan khoi he thong', 'erase_my_data'],
  ['please delete my data', 'erase_my_data'],
];

/**
 * Blind held-out batch 14: citizens' first messages to the province's Zalo OA, [text, label].
 * Written from the list of labels only (/work/notes/labels.md), without reading the bot.
 * Voices: very short messages, older people's formal long style, voice-to-text without punctuation
 * (misheard words), copy-pasted codes, English from foreign residents (~15 %), two things in one message
 * (labelled with what a clerk would do first), near-government out-of-scope asks and plain out of scope.
 * Date: 2026-12-03.
 */

// Invented dossier codes (shape 000.00.NN.H02-YYMMDD-NNNN)
const H14_CODE_A = '000.00.27.H02-261118-0342';
const H14_CODE_B = '000.00.09.H02-261024-1187';
const H14_CODE_C = '000.00.41.H02-261127-0065';
const H14_CODE_D = '000.00.13.H02-260930-2210';
const H14_CODE_E = '000.00.36.H02-261201-0419';
const H14_CODE_F = '000.00.52.H02-261109-0833';
const H14_CODE_G = '000.00.18.H02-261015-1504';
const H14_CODE_H = '000.00.44.H02-261122-0097';
// Loosely typed variants
const H14_CODE_B_LOOSE = '000 00 09 h02 261024 1187';
const H14_CODE_D_LOWER = '000.00.13.h02-260930-2210';
const H14_CODE_F_LOOSE = '000 00 52 h02 261109 0833';
const H14_CODE_G_NODOTS = '0000018H02-261015-1504';
const H14_CODE_H_LOOSE = '000.00.44 h02 261122 0097';
const H14_CODE_A_LOWER = '000.00.27.h02-261118-0342';
const H14_CODE_C_LOWER = '000.00.41.h02-261127-0065';

// Invented tax codes (check digit verified: weights 31,29,23,19,17,13,7,5,3; check = 10 - sum mod 11)
const H14_TAX_A = '0304817266';
const H14_TAX_B = '2801564932';
const H14_TAX_C = '0109735845';
const H14_TAX_D = '3200478159';
const H14_TAX_E = '4201983678';
const H14_TAX_F = '1105839027';
const H14_TAX_G = '2507641396';

// Invented feedback tickets (ours PA-ZL-2026-NNNNNN and PAKN PA-2026-NNNNNN, some typed loosely)
const H14_TICKET_A = 'PA-ZL-2026-004217';
const H14_TICKET_B = 'PA-2026-018634';
const H14_TICKET_C = 'pa zl 2026 731';
const H14_TICKET_D = 'PA-2026-005520';
const H14_TICKET_E = 'pa-zl-2026-002918';

// Invented phone numbers
const H14_PHONE_A = '0938471205';
const H14_PHONE_B = '0367 218 904';

const batch14Heldout: [string, string][] = [
  // procedure: asking what a procedure needs / where / fees / time
  ['cccd gắn chip cho bé 6t?', 'procedure'],
  ['lm khai sinh cho con can gi ad', 'procedure'],
  [
    'Kính gửi Quý cơ quan. Tôi năm nay 72 tuổi, là cán bộ hưu trí. Giấy chứng nhận quyền sử dụng đất của gia đình tôi bị mối xông mất một góc, nay tôi có nhu cầu xin cấp đổi. Kính mong Quý cơ quan cho biết thủ tục gồm những giấy tờ gì và nộp tại đâu ạ. Trân trọng cảm ơn.',
    'procedure',
  ],
  ['cho tôi hỏi là đăng ký kết hôn thì cần mang theo những gì với lại mất bao lâu thì có giấy', 'procedure'],
  ['chị ơi làm giấy xác nhận tình trạng hôn nhân ở đâu vậy chị làm ở xã hay phải lên tỉnh', 'procedure'],
  ["How do I register temporary residence? I'm renting a flat here and working for a Korean company.", 'procedure'],
  ['What documents do I need to apply for a work permit in this province?', 'procedure'],
  ['thủ tục đổi bằng lái xe hết hạn', 'procedure'],
  ['lệ phí cấp bản sao trích lục khai sinh bao nhiêu', 'procedure'],
  ['xin giấy phép xây dựng nhà ở riêng lẻ cần những gì ạ', 'procedure'],
  ['đăng ký thường trú cho vợ về ở chung hộ khẩu nhà chồng thì làm sao ad', 'procedure'],
  ['ba em mới mất, làm khai tử thì cần giấy gì ạ, em ở xa mới về', 'procedure'],
  ['tach thua dat o xa can giay to gi vay', 'procedure'],
  ['chứng thực bản sao cccd ở đâu, mất phí ko', 'procedure'],
  ['ho kinh doanh ca the dang ky o dau can giay gi', 'procedure'],
  ['chào ad, em muốn hỏi thủ tục nhận con nuôi ạ', 'procedure'],
  [
    'Can a foreigner married to a Vietnamese citizen get a temporary residence card? Which papers are needed?',
    'procedure',
  ],
  ['cho hỏi làm giấy khai xinh cho cháu nội thì cần giấy tờ gì', 'procedure'],
  ['mẹ tôi 80 tuổi muốn làm hồ sơ hưởng trợ cấp người cao tuổi thì thủ tục thế nào', 'procedure'],
  ['sang tên sổ đỏ khi mua bán đất mất bao nhiêu ngày, phí bao nhiêu', 'procedure'],
  ['xin phiếu lý lịch tư pháp số 1 làm online được không ad', 'procedure'],

  // dossier: look up ONE dossier's status
  ['hs', 'dossier'],
  [`${H14_CODE_A}`, 'dossier'],
  [`tra hs ${H14_CODE_B_LOOSE}`, 'dossier'],
  [`Mã hồ sơ: ${H14_CODE_C}\nNgày nhận: 27/11/2026\nNgày hẹn trả: 11/12/2026`, 'dossier'],
  ['cho tôi hỏi hồ sơ cấp đổi sổ đỏ tôi nộp tháng trước giờ tới đâu rồi', 'dossier'],
  [
    `Kính thưa cán bộ, tôi là Nguyễn Văn T., ngụ tại thôn 3. Ngày 15/10 tôi có nộp hồ sơ tại bộ phận một cửa, mã hồ sơ ${H14_CODE_G}, đến nay đã quá ngày hẹn mà chưa thấy gọi lên nhận kết quả. Kính mong cán bộ kiểm tra giúp. Xin chân thành cảm ơn.`,
    'dossier',
  ],
  [`Check application status ${H14_CODE_B} please`, 'dossier'],
  [`hs ${H14_CODE_D_LOWER} xong chua`, 'dossier'],
  [`ma ho so ${H14_CODE_F_LOOSE}`, 'dossier'],
  [
    `Hi, I submitted my marriage registration papers a couple of days ago. Can you check where it is? Code ${H14_CODE_E}`,
    'dossier',
  ],
  [`${H14_CODE_H} có kết quả chưa ạ`, 'dossier'],
  ['tra giúp hs nhà em vs', 'dossier'],
  ['em muốn kiểm tra tình trạng hồ sơ đăng ký khai sinh của bé nhà em', 'dossier'],
  [`hồ sơ ${H14_CODE_F} bị trả lại vì sao vậy, mà giờ bổ sung thì làm sao`, 'dossier'],
  [`cho tôi xem hồ sơ số ${H14_CODE_H_LOOSE} giải quyết tới đâu rồi`, 'dossier'],
  [`ad ơi hs ${H14_CODE_A_LOWER} em tới đâu r`, 'dossier'],
  [`hồ sơ của mẹ em mã ${H14_CODE_G_NODOTS} ạ`, 'dossier'],
  ['Where can I track my application? I have the receipt with a code', 'dossier'],
  [`hs đất nhà tôi trễ hẹn cả tháng rồi, mã ${H14_CODE_D} kiểm tra giùm`, 'dossier'],

  // feedback: report a problem / make a suggestion
  ['đèn đường hẻm 42 khu phố 3 hư cả tuần nay tối om', 'feedback'],
  ['đường vô thôn bốn bị sụt một cái hố to lắm xe máy té mấy vụ rồi đề nghị chính quyền sửa giùm', 'feedback'],
  ['rác ko ai thu 5 ngày r, bốc mùi', 'feedback'],
  [
    'Kính gửi Ủy ban nhân dân. Tôi xin phản ánh việc quán karaoke đầu ngõ hát đến 1–2 giờ sáng hằng đêm, ảnh hưởng nghiêm trọng đến sức khỏe người già và trẻ nhỏ trong khu dân cư. Đề nghị cơ quan chức năng kiểm tra, xử lý dứt điểm. Trân trọng.',
    'feedback',
  ],
  [
    "There's a big pile of construction waste dumped on the riverbank near my house. I'd like to report it.",
    'feedback',
  ],
  ['cán bộ một cửa xã thái độ quá tệ, quát dân như quát con', 'feedback'],
  ['kiến nghị vụ nước sinh hoạt đục ngầu', 'feedback'],
  ['phan anh ve o ga duong lien xa', 'feedback'],
  ['nộp giấy tờ mà bị hẹn đi hẹn lại 4 lần, cán bộ còn gợi ý bồi dưỡng mới làm nhanh', 'feedback'],
  ['Stray dogs are roaming around my street and one bit a kid yesterday. Please do something.', 'feedback'],
  ['cống thoát nước trước nhà bị nghẹt mưa xuống ngập tới gối', 'feedback'],
  ['tôi muốn phản ảnh cái vụ xả thải ra sông của cái xưởng chế biến gỗ ở đầu cầu', 'feedback'],
  ['đề xuất lắp thêm đèn tín hiệu ở ngã tư gần trường tiểu học, giờ tan học rất nguy hiểm', 'feedback'],
  ['cây xanh gãy đổ chắn ngang đường từ tối qua chưa ai dọn', 'feedback'],
  ['nhà bên cạnh xây lấn sang đất nhà tôi, báo xã mãi không ai xuống', 'feedback'],
  [
    'Someone at the commune office asked me for extra money to process my papers faster. I want to report this.',
    'feedback',
  ],
  ['góp ý: cổng dịch vụ công hay lỗi đăng nhập quá, mong sửa sớm', 'feedback'],
  ['chợ tự phát lấn chiếm lòng đường trước cổng bệnh viện', 'feedback'],
  ['khói đốt rơm rạ ngập khu dân cư mỗi chiều ai xử lý vậy', 'feedback'],

  // none: out of scope, incl. near-government personal/private services
  ['số dư bhxh của tôi còn bao nhiêu', 'none'],
  ['tra phạt nguội xe 47A-318.26', 'none'],
  ['tiền điện tháng 11 nhà tôi sao cao vậy, mã kh PE04009318', 'none'],
  ['kết quả tuyển sinh lớp 10 xem ở đâu', 'none'],
  ['kqxs hqua đài mình ra số mấy ad', 'none'],
  [`tuyển nhân viên bán hàng lương 8tr bao ăn ở, lh ${H14_PHONE_B}`, 'none'],
  ['Are there any jobs for English teachers around here?', 'none'],
  ['giá vàng sjc hnay', 'none'],
  ['cuối tuần này bão vô ko ad, tính đi biển', 'none'],
  ['ad ăn cơm chưa, tán gẫu xíu đi', 'none'],
  ['cho em xin link xem bóng đá tối nay', 'none'],
  ['công thức làm bánh xèo', 'none'],
  ['Where can I buy a SIM card with mobile data?', 'none'],
  ['tra quá trình đóng bảo hiểm xã hội của tôi theo số sổ giúp', 'none'],
  ['thẻ bhyt của tôi còn hạn ko', 'none'],
  ['điểm thi học kỳ của con em xem ở đâu', 'none'],
  ['nạp card điện thoại giúp em 50k', 'none'],
  ['grab từ trung tâm ra sân bay bao nhiêu tiền', 'none'],
  ["What's the USD to VND exchange rate today?", 'none'],
  ['lịch cúp điện khu mình ngày mai', 'none'],

  // business: look up a company by tax code
  [`mst ${H14_TAX_A}`, 'business'],
  [`tra cứu công ty mã số thuế ${H14_TAX_B}`, 'business'],
  [`Can you look up a company by tax code? ${H14_TAX_C}`, 'business'],
  [`cho tôi kiểm tra cái công ty có mã số thuê là ${H14_TAX_D} còn hoạt động không`, 'business'],
  [`${H14_TAX_E} cty gì vậy ad`, 'business'],
  ['tra thông tin doanh nghiệp', 'business'],
  [
    `Hợp đồng ghi bên B: Công ty TNHH Thương mại Dịch vụ Minh Phát, MST: ${H14_TAX_F}. Nhờ kiểm tra giúp công ty này có thật không`,
    'business',
  ],
  [`mst ${H14_TAX_G} còn hđ ko`, 'business'],

  // my_dossiers: all dossiers by phone
  ['liệt kê giúp mọi hồ sơ tôi từng nộp', 'my_dossiers'],
  [`quên mã hồ sơ rồi, sđt tôi ${H14_PHONE_A}`, 'my_dossiers'],
  ['I lost my receipts. Can you find all my applications by my phone number?', 'my_dossiers'],
  ['ds hồ sơ đã nộp', 'my_dossiers'],
  ['tôi nộp mấy bộ hồ sơ ở xã mà giờ không nhớ mã cái nào cả cho tôi xem hết được không', 'my_dossiers'],
  [`các hồ sơ tôi đã nộp bằng sđt ${H14_PHONE_B}`, 'my_dossiers'],

  // dossier_follow: notify on status change
  [`báo tôi khi hồ sơ ${H14_CODE_B} có kết quả`, 'dossier_follow'],
  [`Notify me when ${H14_CODE_E} is ready`, 'dossier_follow'],
  [`theo dõi hs ${H14_CODE_F_LOOSE}`, 'dossier_follow'],
  [`khi nào cái hồ sơ ${H14_CODE_H} xong thì nhắn cho tôi biết với nha`, 'dossier_follow'],
  [
    `Nhờ quý cơ quan thông báo cho tôi qua Zalo khi hồ sơ mã số ${H14_CODE_G} được giải quyết xong, vì tôi tuổi cao đi lại khó khăn. Xin cảm ơn.`,
    'dossier_follow',
  ],

  // dossier_unfollow: stop notifications for one dossier
  [`hủy theo dõi ${H14_CODE_A}`, 'dossier_unfollow'],
  [`đừng báo hồ sơ ${H14_CODE_C_LOWER} nữa, nhận rồi`, 'dossier_unfollow'],
  [`Stop notifications for ${H14_CODE_D}, I already picked it up`, 'dossier_unfollow'],

  // follows: list followed dossiers
  ['mấy hs tui đang bật thông báo là cái nào', 'follows'],
  ['Show me the files I get updates on', 'follows'],
  ['xem ds theo dõi của tôi', 'follows'],

  // feedback_ticket: one own ticket by number
  [`${H14_TICKET_A}`, 'feedback_ticket'],
  [`phản ánh ${H14_TICKET_B} đã xử lý chưa`, 'feedback_ticket'],
  [`${H14_TICKET_C} sao rồi ad`, 'feedback_ticket'],
  [`What's the status of my report ${H14_TICKET_D}?`, 'feedback_ticket'],
  [`phiếu ${H14_TICKET_E} tôi gửi về ổ gà đã có ai xuống chưa`, 'feedback_ticket'],

  // my_feedback: list own tickets / were they answered
  ['mấy cái pa tôi gửi', 'my_feedback'],
  ['các phản ánh tôi đã gửi đã được trả lời chưa', 'my_feedback'],
  ['Did anyone reply to the complaints I sent?', 'my_feedback'],
  ['tôi có gửi mấy cái phản ánh về rác mà không biết đã có ai trả lời chưa xem giúp tôi', 'my_feedback'],
  ['ds pakn của tôi', 'my_feedback'],

  // handoff: a human now
  ['cần gặp cán bộ trực gấp', 'handoff'],
  ['nối máy cho tôi với người trực đi em', 'handoff'],
  ["Can I talk to a real person please? The bot doesn't understand me.", 'handoff'],
  ['tôi muốn nói chuyện trực tiếp với cán bộ chứ máy trả lời tôi không hiểu', 'handoff'],
  ['ad thật đâu rồi, bot hoài', 'handoff'],
  [
    'Kính đề nghị cho tôi được trao đổi trực tiếp với cán bộ phụ trách, vì vấn đề của tôi phức tạp, không tiện trao đổi với máy.',
    'handoff',
  ],

  // help: hotline, address, hours, how to use the bot
  ['sđt tổng đài hỗ trợ?', 'help'],
  ['giờ làm việc bộ phận một cửa tỉnh', 'help'],
  // Asking what the bot can do is labelled menu (2026-12-03): the menu answers it with the list of services, while the
  // help flow gives the hotline, address and hours; tuning 6's "bot này làm được gì" is menu too.
  ['trang này giúp đc những việc gì vậy', 'menu'],
  ['What can this account do?', 'menu'],
  ['địa chỉ trung tâm phục vụ hành chính công ở đâu ad', 'help'],
  ['hd sử dụng', 'help'],

  // menu: main menu / start over
  ['mở lại danh mục chính', 'menu'],
  ['về đầu', 'menu'],
  ['Back to main menu', 'menu'],

  // language: switch language
  ['english pls, no vietnamese', 'language'],
  ["Could you switch the chat to English? I don't read Vietnamese", 'language'],
  ['đổi lại tiếng việt giùm, lỡ bấm tiếng anh', 'language'],
  ['chuyển sang tiếng Anh giúp em, để chồng em đọc', 'language'],

  // subscriptions: subscribe to news / choose commune
  ['muốn nhận tin thông báo của phường mình', 'subscriptions'],
  ['chọn xã để nhận tin tức', 'subscriptions'],
  ['Subscribe me to province news please', 'subscriptions'],
  ['cho tôi đăng ký nhận thông báo mới của tỉnh qua zalo này', 'subscriptions'],

  // unsubscribe: stop ALL announcements
  ['huỷ hết tin nhắn thông báo của OA', 'unsubscribe'],
  ['ko muốn nhận bất kỳ bản tin nào từ trang này nữa', 'unsubscribe'],
  ['Please take me off all your announcement lists', 'unsubscribe'],

  // welcome: greeting only
  ['alo alo', 'welcome'],
  ['ad ơi', 'welcome'],
  ['Good afternoon from a new resident of the province 🙂', 'welcome'],
  ['Xin kính chào các đồng chí cán bộ', 'welcome'],

  // my_data: what personal data is held
  ['các bạn lưu thông tin gì của tôi', 'my_data'],
  ['Which of my details are stored by this service?', 'my_data'],
  ['xem dữ liệu cá nhân của tôi', 'my_data'],

  // erase_my_data: delete personal data
  ['xoá hết thông tin cá nhân của em khỏi hệ thống', 'erase_my_data'],
  ['Please delete all my personal information from your system.', 'erase_my_data'],
  ['tôi ko muốn các bạn lưu sđt của tôi nữa, xoá hết đi', 'erase_my_data'],
];

/**
 * Held-out 15: written blind in one go on 2026-12-03 by a helper who read only the list of labels and what each
 * means (never the matcher, its word lists, the flows' examples or triggers, nor earlier batches), during the round
 * of tuning 27 and 28, which never saw it; never tuned on until the round of tuning 29 and 30 studied its misses (tuning 29 since). Its theme: a general mix of everyday life in the province (no diacritics, typos, Telex leftovers, abbreviations, teencode, voice typing, older people's formal letters, one-to-three-word messages, codes pasted in sentences, foreigners' English). A script printed only
 * the writer's messages equal to a flow's example or keyword, an earlier message or a twin, and the writer replaced them.
 */
// Batch 15 (held-out): general mix of everyday provincial life, as typed in Zalo chat.
// Invented codes (constants named H15_...)
const H15_HS_A = '000.00.21.H02-260917-0312';
const H15_HS_B = '000.00.07.H02-260803-1145';
const H15_HS_C = '000.00.33.H02-260522-0078';
const H15_HS_D = '000.00.12.H02-261004-2209';
const H15_HS_E = '000.00.05.H02-260630-0456';
const H15_HS_F = '000.00.28.H02-260911-0931';
const H15_HS_G = '000.00.19.H02-260715-1703';
const H15_HS_H = '000.00.02.H02-261020-0017';
const H15_MST_A = '2330802301';
const H15_MST_B = '0102531578';
const H15_MST_C = '0354645333';
const H15_MST_D = '2655348634';
const H15_MST_E = '2797671791';
const H15_PA_A = 'PA-ZL-2026-004817';
const H15_PA_B = 'PA-2026-000392';
const H15_PA_C = 'PA-ZL-2026-010265';
const H15_PA_D = 'PA-2026-007754';
const H15_PA_E = 'PA-ZL-2026-000088';
const H15_PA_F = 'PA-2026-012430';
const H15_PHONE_A = '0912448073';
const H15_PHONE_B = '0386215590';

const batch15Heldout: [string, string][] = [
  // dossier: status of one dossier by code (15)
  [H15_HS_A, 'dossier'],
  [`ho so ${H15_HS_B.toLowerCase()} cua e toi dau roi ad`, 'dossier'],
  [
    `cho chú hỏi cái hồ sơ số ${H15_HS_C} bên xã nộp từ tháng 5 mà giờ chưa thấy gọi lên lấy, xem giúp chú nó đang ở khâu nào`,
    'dossier',
  ],
  ['000 00 12 H02 261004 2209 xong chua z', 'dossier'],
  [`hs ${H15_HS_E} sao lâu thế, kiểm tra dùm mình tình trạng vs`, 'dossier'],
  ['tra hồ sơ 0000028H02-260911-0931', 'dossier'],
  [`em ơi mẹ nhờ tra giúp hồ sơ sang tên sổ đỏ mã ${H15_HS_G} đã có kết quả chưa để bố con lên huyện lấy`, 'dossier'],
  [`Could you check the status of my application ${H15_HS_H}? Thanks`, 'dossier'],
  ['hoof sow 000.00.21.H02-260917-0312 ddax duyeetj chuaw', 'dossier'],
  [
    `mã biên nhận ${H15_HS_B} mà trên phiếu hẹn ghi ngày trả 20/8 giờ quá hạn rồi, cho hỏi hồ sơ bị vướng gì ko`,
    'dossier',
  ],
  ['cho tôi xem tình trạng hồ sơ, tôi có mã trên giấy biên nhận đây', 'dossier'],
  [`${H15_HS_C.toLowerCase()} tới đâu r`, 'dossier'],
  [
    'alo a ơi cái hồ sơ đăng ký hộ kinh doanh của em mã 000.00.05.h02 260630 0456 bị trả về hay sao mà lâu v',
    'dossier',
  ],
  ['tôi muốn tra tiến độ giải quyết 1 bộ hồ sơ, số biên nhận tôi gửi ngay sau đây', 'dossier'],
  [`kiểm tra giùm tôi ${H15_HS_D} với, cảm ơn nhiều`, 'dossier'],

  // my_dossiers: list all own dossiers (6)
  ['tất cả hồ sơ tôi từng nộp online liệt kê ra giúp', 'my_dossiers'],
  ['e quên mã rồi, xem giúp e mấy bộ hs e đã nộp theo sdt này dc ko', 'my_dossiers'],
  ['năm nay tôi có nộp mấy cái hồ sơ bên một cửa, cho tôi coi danh sách', 'my_dossiers'],
  ['ds ho so cua minh', 'my_dossiers'],
  [
    `Bác nộp mấy lần hồ sơ đất đai với giấy tờ cho cháu, số điện thoại đăng ký là ${H15_PHONE_A}, nhờ cơ quan cho bác xem hết các hồ sơ đứng tên bác`,
    'my_dossiers',
  ],
  ['Show me all the applications I have submitted', 'my_dossiers'],

  // dossier_follow: get notified on status change (6)
  [`khi nào hồ sơ ${H15_HS_F} có kết quả thì nhắn tin báo mình nhé, mình ko hay vào kiểm tra`, 'dossier_follow'],
  ['bật thông báo cho hs 000.00.19.H02-260715-1703', 'dossier_follow'],
  ['có cách nào để hồ sơ chuyển bước thì zalo tự báo về cho t ko', 'dossier_follow'],
  [`theo doi giup e ho so ${H15_HS_A}, co gi moi thi bao e`, 'dossier_follow'],
  ['Please notify me when my file 000.00.07.H02-260803-1145 changes status', 'dossier_follow'],
  [
    'ông muốn đăng ký để được báo tin hồ sơ cấp phép xây dựng của ông lúc nào xong, mã là 000.00.33.H02-260522-0078',
    'dossier_follow',
  ],

  // dossier_unfollow: stop notifications for a dossier (5)
  [`hồ sơ ${H15_HS_E} e nhận kq rồi, đừng báo tin về hồ sơ này nữa`, 'dossier_unfollow'],
  ['bo theo doi hs 000.00.12.H02-261004-2209', 'dossier_unfollow'],
  ['tắt thông báo cập nhật của cái hồ sơ tôi đang theo dõi đi, xong việc rồi', 'dossier_unfollow'],
  [`Stop tracking application ${H15_HS_H} please`, 'dossier_unfollow'],
  ['ko cần theo dõi hồ sơ 000.00.28.H02-260911-0931 nữa đâu ad', 'dossier_unfollow'],

  // follows: which dossiers am I following (5)
  ['mình đang theo dõi những hs nào vậy', 'follows'],
  ['xem lại danh sách hồ sơ đã bật nhận thông báo', 'follows'],
  ['hs dang theo doi', 'follows'],
  ['Which applications am I currently tracking?', 'follows'],
  ['hôm trước tôi có bấm theo dõi mấy bộ hồ sơ, giờ muốn coi lại là những bộ nào', 'follows'],

  // procedure: what papers / fees / steps (15)
  ['làm lại cccd bị mất cần mang j', 'procedure'],
  ['con e mới sinh ở bệnh viện tỉnh, giờ đi làm giấy khai sinh thì cần giấy tờ gì, lệ phí bao nhiêu ạ', 'procedure'],
  ['xin giấy phép bán lẻ rượu cho tiệm tạp hóa thì nộp ở đâu, cần những gì', 'procedure'],
  ['xin hỏi muốn chuyển hộ khẩu (đăng ký thường trú) từ tỉnh khác về đây thì làm thủ tục như thế nào', 'procedure'],
  [
    'Tôi năm nay 72 tuổi, muốn làm hồ sơ hưởng trợ cấp người cao tuổi thì phải nộp những giấy tờ gì và nộp ở đâu, mong cán bộ hướng dẫn',
    'procedure',
  ],
  ['tthc cấp giấy phép xây dựng nhà ở riêng lẻ', 'procedure'],
  [
    'hai đứa e định cưới cuối năm, đk kết hôn mà 1 người khác tỉnh thì cần giấy xác nhận tình trạng hôn nhân ko',
    'procedure',
  ],
  [
    'I am a foreigner married to a Vietnamese, what documents do I need to register a temporary residence card?',
    'procedure',
  ],
  ['mở quán cà phê nhỏ thì đăng ký hộ kinh doanh cần những gì', 'procedure'],
  ['thủ tục xin trích lục khai tử cho ông nội mất năm 2019', 'procedure'],
  ['chứng thực bản sao sổ hộ khẩu, bằng cấp thì lệ phí mấy nghìn 1 trang', 'procedure'],
  ['cap doi giay phep lai xe hang A1 het han lam o dau', 'procedure'],
  ['đổi tên cho con trên giấy khai sinh được ko, thủ tục thế nào', 'procedure'],
  ['xin cấp phiếu lý lịch tư pháp số 1 mất mấy ngày', 'procedure'],
  ['đăng ký biến động đất đai khi được cho tặng cần hồ sơ gì vậy mn', 'procedure'],

  // business: look up a company by tax code / name (8)
  [H15_MST_A, 'business'],
  [`mst ${H15_MST_B} là cty nào vậy`, 'business'],
  ['tra giúp thông tin công ty TNHH xây dựng Hoàng Phát Lộc, còn hoạt động ko', 'business'],
  [
    `bên mình sắp ký hợp đồng với đối tác mã số thuế ${H15_MST_C}, nhờ kiểm tra dn này tên gì, địa chỉ ở đâu`,
    'business',
  ],
  [`Can you look up the company with tax ID ${H15_MST_D}?`, 'business'],
  ['tra cuu dn theo ten: cong ty co phan thuc pham Song Huong', 'business'],
  [`cty ${H15_MST_E} còn hđ hay giải thể rồi`, 'business'],
  ['người đại diện pháp luật của doanh nghiệp có mst 2330802301 là ai', 'business'],

  // feedback: report a problem / suggestion (13)
  [
    'đường liên thôn đoạn qua cầu Bà Rịa sụt một hố to tướng, tối qua có người đi xe máy ngã rồi, đề nghị xã sửa gấp',
    'feedback',
  ],
  [
    'bãi đất trống cạnh trường tiểu học bị người ta đổ rác thải xây dựng cả tuần nay, bốc mùi, ai quản lý vậy',
    'feedback',
  ],
  ['quán karaoke đầu hẻm 45 hát tới 1h sáng đêm nào cũng vậy, nhà có người già với con nhỏ ko ngủ được', 'feedback'],
  ['phan anh: den duong tu nga 3 cho den UBND xa tat het hon 2 tuan roi', 'feedback'],
  ['Tôi đi làm sổ đỏ bị cán bộ địa chính gợi ý "bồi dưỡng" mới làm nhanh, tôi muốn tố cáo việc này', 'feedback'],
  ['mưa có 30p mà khu dân cư số 3 ngập tới đầu gối, cống bị tắc lâu rồi mà ko ai nạo vét', 'feedback'],
  ['nhà bên cạnh xây lấn sang phần đất lối đi chung, ko có giấy phép gì hết, báo chính quyền xử lý giúp', 'feedback'],
  [
    'There is a broken water pipe flooding the street near the night market, it has been leaking for three days',
    'feedback',
  ],
  ['kiến nghị lắp thêm đèn tín hiệu giao thông ở ngã tư gần chợ, ngày nào cũng suýt đụng xe', 'feedback'],
  ['xưởng gỗ trong xóm xả bụi với tiếng cưa cả ngày, dân xung quanh khổ lắm', 'feedback'],
  ['bộ phận một cửa huyện làm việc chậm quá, sáng nay chờ 3 tiếng chỉ có 1 bàn mở, góp ý cải thiện', 'feedback'],
  ['cây xà cừ trước số nhà 112 đường Lê Lợi nghiêng sắp đổ, mùa bão nguy hiểm lắm', 'feedback'],
  ['chó thả rông cắn người ở thôn 4 mà chủ ko chịu trách nhiệm, đề nghị xử lý', 'feedback'],

  // feedback_ticket: one ticket by number (6)
  [H15_PA_A, 'feedback_ticket'],
  [`phản ánh số ${H15_PA_B} xử lý tới đâu rồi ạ`, 'feedback_ticket'],
  [`e gửi pa ${H15_PA_C.toLowerCase()} tuần trước, có ai tiếp nhận chưa`, 'feedback_ticket'],
  [`What is the status of my report ${H15_PA_D}?`, 'feedback_ticket'],
  [`cho hỏi kiến nghị mã ${H15_PA_E} về vụ ngập nước đã được trả lời chưa`, 'feedback_ticket'],
  [`xem kq phan anh ${H15_PA_F}`, 'feedback_ticket'],

  // my_feedback: list all own feedback (5)
  ['những phản ánh tôi đã gửi', 'my_feedback'],
  ['xem lai cac pa cua minh', 'my_feedback'],
  ['mấy cái kiến nghị tui gửi lên mấy tháng nay, liệt kê hết ra cho tui coi', 'my_feedback'],
  ['List all the complaints I have sent', 'my_feedback'],
  ['cho e danh sách các phản ánh e đã gửi qua zalo vs', 'my_feedback'],

  // handoff: talk to a human (7)
  ['cho gặp cán bộ trực', 'handoff'],
  ['nói chuyện với bot ko hiểu, chuyển cho người thật giúp tôi', 'handoff'],
  ['co ai la nguoi that o day ko, e can hoi truc tiep', 'handoff'],
  ['Can I speak to a real person please?', 'handoff'],
  [
    'Tôi là người lớn tuổi không rành máy móc, mong được kết nối với một đồng chí cán bộ để trao đổi trực tiếp',
    'handoff',
  ],
  ['e muốn được tư vấn trực tiếp với cán bộ phụ trách đất đai, nhờ chuyển máy giúp', 'handoff'],
  ['chuyển máy cho chuyên viên tư vấn đi ad', 'handoff'],

  // help: contact / how to use / hotline / address & hours (6)
  ['số tổng đài hỗ trợ của tỉnh là số mấy', 'help'],
  ['trung tâm phục vụ hành chính công tỉnh ở đường nào, thứ 7 có làm việc ko', 'help'],
  ['dùng cái zalo này ntn vậy, hướng dẫn e với', 'help'],
  ['What are the office hours and address of the public service center?', 'help'],
  ['cho xin đường dây nóng của trung tâm hành chính công', 'help'],
  ['xin email hoặc sdt liên hệ của trung tâm để hỏi thêm', 'help'],

  // menu: show main menu / services (5)
  ['xem các mục chính', 'menu'],
  ['bot làm được những gì, hiện danh mục chức năng ra', 'menu'],
  ['mở trang chức năng chính ra cho t chọn', 'menu'],
  ['show main menu', 'menu'],
  ['các dịch vụ trên trang này gồm những mục nào', 'menu'],

  // language: change language (5)
  ['pls reply in english', 'language'],
  ['Can you switch to English? I do not read Vietnamese', 'language'],
  ['chuyển về tiếng việt giúp', 'language'],
  ['ad ơi cho mình đổi sang tiếng Anh, chồng mình người Úc cần đọc', 'language'],
  ['Change language to Vietnamese', 'language'],

  // subscriptions: subscribe / choose topics / commune (5)
  ['tôi muốn nhận tin thông báo của xã Phước Hưng qua zalo', 'subscriptions'],
  ['dang ky nhan tin canh bao thien tai, lich cup nuoc cua tinh', 'subscriptions'],
  ['chọn chủ đề thông báo muốn nhận', 'subscriptions'],
  ['I want to receive announcements from the province', 'subscriptions'],
  ['đổi xã nhận bản tin sang phường 3, nhà e mới chuyển', 'subscriptions'],

  // unsubscribe: stop ALL announcements (5)
  ['đừng gửi tin thông báo cho tôi nữa', 'unsubscribe'],
  ['thôi ko nhận tin tức gì từ trang này nữa nhé', 'unsubscribe'],
  ['ngày nào cũng nhắn mấy cái tin tuyên truyền phiền quá, tắt hết thông báo giùm', 'unsubscribe'],
  ['Unsubscribe me from all announcements', 'unsubscribe'],
  ['hủy đk nhận bản tin của tỉnh', 'unsubscribe'],

  // welcome: greeting only (5)
  ['chào trang ạ', 'welcome'],
  ['chào buổi sáng ad', 'welcome'],
  ['hi mn', 'welcome'],
  ['Hello there', 'welcome'],
  ['Dạ cháu chào cô chú ạ', 'welcome'],

  // my_data: see stored personal data (5)
  ['hệ thống đang lưu những thông tin cá nhân gì của tôi', 'my_data'],
  ['cho xem du lieu ca nhan cua e', 'my_data'],
  ['Which of my details are stored in your system?', 'my_data'],
  [`bên mình có lưu sđt ${H15_PHONE_B} với tên tuổi của tôi ko, tôi muốn xem các bạn giữ những gì`, 'my_data'],
  ['tt cá nhân của e mà bên mình lưu gồm những gì, cho e coi', 'my_data'],

  // erase_my_data: delete personal data (5)
  ['xóa toàn bộ thông tin cá nhân của tôi khỏi hệ thống', 'erase_my_data'],
  ['xoa du lieu cua minh di', 'erase_my_data'],
  ['Please delete all my personal data', 'erase_my_data'],
  ['tôi ko dùng nữa, yêu cầu xóa sạch dữ liệu các bạn đang lưu về tôi', 'erase_my_data'],
  ['xóa dl cá nhân', 'erase_my_data'],

  // none: out of scope (18)
  ['vàng 9999 chiều nay mua vào bán ra nhiêu', 'none'],
  ['mai trời có mưa ko ad, định đi đám cưới', 'none'],
  ['kqxs mien trung hom nay', 'none'],
  ['bên mình có tuyển nhân viên văn phòng ko, e mới tốt nghiệp', 'none'],
  ['điểm chuẩn vào lớp 10 trường chuyên năm nay bao nhiêu', 'none'],
  ['tháng này tiền điện nhà tôi lên 2 triệu, sao cao vậy', 'none'],
  ['bán đất nền 100m2 gần khu công nghiệp giá rẻ, ai cần lh em', 'none'],
  ['bot ơi nói cái gì vui vui cho đỡ buồn đi', 'none'],
  ['ny e giận 3 ngày ko nhắn, e nên làm gì', 'none'],
  ['viết giúp em bài văn nghị luận về lòng biết ơn 500 chữ', 'none'],
  ['dầu diesel hnay bao nhiu 1 lít', 'none'],
  ['Where can I find a good pho restaurant around here?', 'none'],
  ['xe khách đi sài gòn tối nay còn vé ko', 'none'],
  ['tối nay mấy giờ đá bóng u23', 'none'],
  ['ad ơi có muốn làm quen ko', 'none'],
  ['cho hỏi lương hưu tháng này bhxh chuyển vào tk chưa', 'none'],
  ['cho hỏi lịch cúp điện khu vực phường 5 ngày mai', 'none'],
  ['thuê xe máy ở đâu rẻ vậy mn', 'none'],
];

/**
 * Held-out 16: written blind in one go on 2026-12-03 by a helper who read only the list of labels and what each
 * means (never the matcher, its word lists, the flows' examples or triggers, nor earlier batches), during the round
 * of tuning 27 and 28, which never saw it; never tuned on until the round of tuning 29 and 30 studied its misses (tuning 30 since). Its theme: regional and generational voices and indirect asks (central and southern dialect words, northern formal letters, students' teencode, fast typing without diacritics, the situation first and the ask at the end, on behalf of a parent or neighbour, annoyed or worried writers, emoji, broken English). A script printed only
 * the writer's messages equal to a flow's example or keyword, an earlier message or a twin, and the writer replaced them.
 */
// Batch 16 held-out: regional and generational voices, indirect asks.
// Invented codes (constants named H16_...).

// Dossier codes (some typed loosely on purpose)
const H16_DOS_A = '000.00.18.H02-251103-0077';
const H16_DOS_B = '000 00 21 h02 260114 0032';
const H16_DOS_C = '000.00.07.H02-260202-0415';
const H16_DOS_D = '000.00.12.H02-260119-0008';
const H16_DOS_E = '000.00.33.H02-251228-1290';
const H16_DOS_F = '000.00.09.h02-260105-0061';
const H16_DOS_G = '000.00.15.H02-260210-0203';
const H16_DOS_H = '000.00.24.H02-260126-0550';
const H16_DOS_I = '000.00.05.H02 260209 0147';
const H16_DOS_J = '000.00.30.H02-260116-0019';
const H16_DOS_K = '000.00.11.H02-251215-0734';
const H16_DOS_L = '000.00.19.H02-260130-0092';
const H16_DOS_M = '000.00.02.H02-260203-0311';
const H16_DOS_N = '0000027H02-260211-0026';
const H16_DOS_FOLLOW_1 = '000.00.18.H02-260121-0140';
const H16_DOS_FOLLOW_2 = '000.00.06.H02-260207-0088';
const H16_DOS_FOLLOW_3 = '000.00.22.H02-260112-0503';
const H16_DOS_FOLLOW_4 = '000.00.14.H02-260128-0271';
const H16_DOS_FOLLOW_5 = '000.00.10.H02-260204-0036';
const H16_DOS_UNF_1 = '000.00.03.H02-251230-0219';
const H16_DOS_UNF_2 = '000.00.25.H02-260115-0412';
const H16_DOS_UNF_3 = '000.00.08.H02-260118-0650';

// Tax codes (check digit valid)
const H16_MST_A = '3524942525';
const H16_MST_B = '0301608521';
const H16_MST_C = '2828983144';
const H16_MST_D = '0284234464';
const H16_MST_E = '2602769484';
const H16_MST_F = '5753769724';

// Feedback tickets
const H16_TICKET_A = 'PA-ZL-2026-004127';
const H16_TICKET_B = 'pa-2026-000893';
const H16_TICKET_C = 'PA-ZL-2026-011502';
const H16_TICKET_D = 'PA-2026-002268';
const H16_TICKET_E = 'PA-ZL-2026-000318';
const H16_TICKET_F = 'PA ZL 2026 007741';

// Phones / plates
const H16_PHONE_A = '0905183476';
const H16_PLATE_A = '43A-123.45';

const batch16Heldout: [string, string][] = [
  // dossier: status by code (or intending to give a code)
  [`Dạ cho em hỏi hồ sơ ${H16_DOS_A} của em tới đâu rồi ạ, chờ gần tháng rồi 😥`, 'dossier'],
  [`hs cua toi ma ${H16_DOS_B} sao roi ad`, 'dossier'],
  [`Kính gửi Quý cơ quan, tôi xin được biết tình trạng giải quyết hồ sơ số ${H16_DOS_C}. Trân trọng.`, 'dossier'],
  [`Ổng nhà tui nộp hồ sơ hồi tháng trước, mã là ${H16_DOS_D}, giờ tới mô rồi hỉ?`, 'dossier'],
  [H16_DOS_E, 'dossier'],
  [`Con hỏi giùm má con: hồ sơ ${H16_DOS_F} xong chưa dzậy ad`, 'dossier'],
  [`my application code is ${H16_DOS_G}, what is the status now?`, 'dossier'],
  [`Hồ sơ mã ${H16_DOS_H} răng chưa thấy ai gọi rứa, kiểm tra giúp tui với`, 'dossier'],
  [`ma ho so ${H16_DOS_I} da co ket qua chua vay`, 'dossier'],
  ['Tôi muốn kiểm tra tình trạng hồ sơ của tôi, tôi có sẵn mã trên giấy biên nhận đây ạ', 'dossier'],
  [`e nop ho so xin giay phep xay dung ma ${H16_DOS_J} gio no dang o buoc nao vay a`, 'dossier'],
  [`Cháu tra giúp bà cái giấy biên nhận này nhé: ${H16_DOS_K}, bà đợi lâu quá rồi`, 'dossier'],
  [`Check hồ sơ ${H16_DOS_L} giùm mình nha, hẹn trả hôm qua mà chưa có gì 😤`, 'dossier'],
  [`Pls help me check file no. ${H16_DOS_M}, my company submitted it last week`, 'dossier'],
  [`Biên nhận ghi số ${H16_DOS_N}, hỏi coi đã duyệt hay còn thiếu giấy tờ chi không`, 'dossier'],

  // my_dossiers: list all own dossiers
  [
    'Mấy năm nay tui nộp nhiều thủ tục quá, quên hết rồi, coi giúp tui hết mấy hồ sơ đứng tên tui được không?',
    'my_dossiers',
  ],
  ['cho e xem ds tat ca ho so e da nop voi a', 'my_dossiers'],
  ['Tui hổng nhớ mã, liệt kê hết các hồ sơ gắn với số điện thoại của tui giùm nha', 'my_dossiers'],
  ['Can I see a list of all the applications I have submitted?', 'my_dossiers'],
  [
    'Kính gửi Ban quản trị, đề nghị cho tôi xem danh sách các hồ sơ thủ tục mà tôi đã nộp từ trước tới nay.',
    'my_dossiers',
  ],
  ['hồ sơ của mình nộp bao nhiêu cái rồi, hiện hết ra cho mình coi với', 'my_dossiers'],

  // dossier_follow: auto-notify on status change
  [
    `Hồ sơ ${H16_DOS_FOLLOW_1} có kết quả thì nhắn tui liền nghen, tui đi rẫy hông coi máy thường xuyên`,
    'dossier_follow',
  ],
  ['Khi nào hồ sơ đất của ba em đổi trạng thái thì tự báo tin về Zalo này giúp em nha', 'dossier_follow'],
  [`Please notify me automatically when application ${H16_DOS_FOLLOW_2} is updated`, 'dossier_follow'],
  [`theo doi giup e ho so ${H16_DOS_FOLLOW_3}, co gi moi thi bao e`, 'dossier_follow'],
  [`Đặt giúp tôi chế độ tự báo khi hồ sơ ${H16_DOS_FOLLOW_4} được xử lý xong.`, 'dossier_follow'],
  [
    `ko muốn ngày nào cũng vô hỏi nữa 😅 hồ sơ ${H16_DOS_FOLLOW_5} có cập nhật gì thì bot tự nhắn e đc hông`,
    'dossier_follow',
  ],

  // dossier_unfollow: stop notifications for one dossier
  [`Hồ sơ ${H16_DOS_FOLLOW_1} nhận kết quả rồi, thôi khỏi báo tin hồ sơ đó nữa nghen`, 'dossier_unfollow'],
  [`bo theo doi ho so ${H16_DOS_UNF_1} giup minh`, 'dossier_unfollow'],
  [`Stop tracking application ${H16_DOS_FOLLOW_2} for me please, it is done.`, 'dossier_unfollow'],
  [`Hồ sơ của cậu tui rút rồi, đừng gửi cập nhật về cái hồ sơ đó cho tui nữa: ${H16_DOS_UNF_2}`, 'dossier_unfollow'],
  [`Tui hông cần theo dõi hồ sơ ${H16_DOS_UNF_3} nữa, gỡ ra giùm`, 'dossier_unfollow'],

  // follows: list followed dossiers
  ['Tui đang theo dõi mấy cái hồ sơ chi rứa hè? Cho coi lại danh sách', 'follows'],
  ['e dang follow nhung ho so nao vay ad', 'follows'],
  ['Which applications am I currently tracking for updates?', 'follows'],
  ['Xin cho biết hiện tôi đang bật theo dõi những hồ sơ nào ạ.', 'follows'],
  ['Lúc trước có bấm theo dõi mấy hồ sơ cho ông bà nội, giờ muốn xem lại đó là những hồ sơ nào', 'follows'],

  // procedure: papers / fees / steps
  ['Con gái tui mới sinh tuần rồi, đi làm giấy khai sinh cho nó cần mang theo chi rứa?', 'procedure'],
  ['mat cccd roi, lam lai can giay to gi, het bao nhieu tien vay', 'procedure'],
  [
    'Kính gửi UBND tỉnh, tôi muốn hỏi thủ tục chuyển nhượng quyền sử dụng đất giữa anh em ruột gồm những bước nào. Trân trọng cảm ơn.',
    'procedure',
  ],
  ['I am marrying a Vietnamese woman, what documents do I need to register our marriage here?', 'procedure'],
  ['Ông hàng xóm tui mới mất, con cái ổng muốn làm giấy khai tử thì lên đâu, cần chi?', 'procedure'],
  ['tui muon mo tiem tap hoa nho, dang ky ho kinh doanh phai lam sao', 'procedure'],
  ['Má tui cần giấy xác nhận thông tin cư trú để bổ sung hồ sơ, xin ở đâu, mấy ngày có?', 'procedure'],
  ['Xây nhà cấp 4 ở nông thôn có cần giấy phép xây dựng không, nếu cần thì nộp hồ sơ gồm những gì ạ?', 'procedure'],
  ['Thủ tục đổi bằng lái xe hết hạn làm online được hông?', 'procedure'],
  ['e sv năm 2, cần xin giấy xác nhận tình trạng hôn nhân để làm hồ sơ du học, thủ tục sao ạ 🙏', 'procedure'],
  ['How can I apply for temporary residence registration as a foreigner renting a house?', 'procedure'],
  ['Ba tui 80 tuổi rồi, nghe nói được trợ cấp xã hội hằng tháng, làm hồ sơ hưởng như răng?', 'procedure'],
  ['Chuyển thường trú từ Quảng Nam vô đây thì cần giấy tờ chi, lệ phí bao nhiêu?', 'procedure'],
  [
    'Nhà tui muốn nhận cháu ruột làm con nuôi, thủ tục đăng ký nuôi con nuôi trong nước gồm những gì nghen',
    'procedure',
  ],
  ['Làm phiếu lý lịch tư pháp số 1 mất bao lâu, nộp ở đâu vậy ạ?', 'procedure'],
  ['Giấy khai sinh cũ của tui bị rách, xin cấp bản sao trích lục lại thì làm sao', 'procedure'],

  // business: company lookup by tax code or name
  [`Tra giúp tôi công ty có mã số thuế ${H16_MST_A} còn hoạt động không, trước khi tui giao hàng cho họ`, 'business'],
  [`mst ${H16_MST_B} la cty gi vay`, 'business'],
  [
    'Có người mời hợp tác, xưng là Công ty TNHH Thương mại Hòa Phát Đạt, tra thử doanh nghiệp này có đăng ký thật không?',
    'business',
  ],
  [`Please look up the company with tax ID ${H16_MST_C}`, 'business'],
  [`Trước khi ký hợp đồng thuê xưởng, em muốn kiểm tra thông tin doanh nghiệp MST ${H16_MST_D} ạ`, 'business'],
  ['Công ty tên Minh Khang Agri có đăng ký kinh doanh ở tỉnh mình không, tra coi giùm', 'business'],
  [`${H16_MST_E} tra cứu dn`, 'business'],
  [
    `Kính gửi quý cơ quan, đề nghị cung cấp thông tin đăng ký của doanh nghiệp có mã số thuế ${H16_MST_F}. Trân trọng.`,
    'business',
  ],

  // feedback: report a problem / suggestion
  ['Đường vô xóm tui có cái ổ gà bự chà bá, tối qua ông già té xe rồi đó, xã làm lẹ giùm đi 😡', 'feedback'],
  [
    'Kính gửi UBND phường, khu dân cư tổ 5 bị ngập nước mỗi khi mưa lớn do cống thoát bị bít, đề nghị cho nạo vét. Trân trọng.',
    'feedback',
  ],
  ['bai rac cuoi cho ca tuan ko ai don, boc mui qua troi', 'feedback'],
  ['Quán karaoke đầu hẻm hát tới 1 giờ sáng, tụi nhỏ hông ngủ được, mong phường xử lý', 'feedback'],
  ['Nhà bên cạnh đang xây lấn ra lề đường cả mét, không thấy giấy phép gì hết, tui phản ánh nha', 'feedback'],
  [
    'Hôm bữa lên xã làm giấy, chị cán bộ ở bộ phận một cửa nói chuyện cộc cằn, bắt tui về lên lại 3 lần. Mong lãnh đạo chấn chỉnh.',
    'feedback',
  ],
  [
    'The street lights on the road near the market have been broken for two weeks, very dangerous at night.',
    'feedback',
  ],
  ['Có người ở xã đòi bồi dưỡng 2 triệu mới làm nhanh sổ đỏ cho tui, tui muốn tố cáo việc này', 'feedback'],
  ['cay xanh truoc truong tieu hoc nghieng sap do, mua bao la nguy hiem tui nho lam', 'feedback'],
  [
    'Tui góp ý: nên mở thêm giờ tiếp dân chiều thứ bảy, người đi làm như tụi tui hông có thời gian ngày thường',
    'feedback',
  ],
  ['Xưởng gỗ gần nhà xả mùn cưa với nước thải ra mương, cá chết hết trơn', 'feedback'],
  ['Cầu khỉ qua kênh ấp 3 mục gần hết ván rồi, học sinh ngày nào cũng qua, xin địa phương sửa gấp', 'feedback'],
  ['Mùa gặt bà con đốt rơm rạ khói mù mịt cả xóm, đề nghị xã tuyên truyền nhắc nhở', 'feedback'],
  ['Ống nước sạch bể từ sáng tới giờ, nước chảy lênh láng ngoài đường, báo giùm với ạ', 'feedback'],
  ['Lòng lề đường khu chợ đêm bị lấn chiếm bán hàng, xe cứu thương còn không vô được', 'feedback'],

  // feedback_ticket: one ticket by number
  [`Phản ánh ${H16_TICKET_A} của tui tới đâu rồi, có ai xuống coi chưa?`, 'feedback_ticket'],
  [`${H16_TICKET_B} xu ly chua ad`, 'feedback_ticket'],
  [`What is the status of ticket ${H16_TICKET_C}?`, 'feedback_ticket'],
  [`Kính gửi, tôi xin hỏi kết quả xử lý phản ánh số ${H16_TICKET_D}. Trân trọng.`, 'feedback_ticket'],
  [`Cái vụ ống cống em gửi hôm trước, mã ${H16_TICKET_E}, sao im re vậy 🙄`, 'feedback_ticket'],
  [`${H16_TICKET_F} kiem tra giup`, 'feedback_ticket'],

  // my_feedback: list all own feedback
  ['Cho tui coi lại hết mấy cái phản ánh tui đã gửi lên từ đầu năm tới giờ', 'my_feedback'],
  ['e gui may cai phan anh roi ma quen, xem lai danh sach dc ko', 'my_feedback'],
  ['Show me all the complaints I have sent so far', 'my_feedback'],
  ['Tôi muốn xem toàn bộ các kiến nghị mà tôi đã gửi qua kênh này.', 'my_feedback'],
  ['Những góp ý, phản ánh của mình trước giờ nằm ở đâu, liệt kê ra giùm nha', 'my_feedback'],

  // handoff: talk to a human
  ['Nói chuyện với máy hoài hông hiểu, cho tui gặp người thiệt đi', 'handoff'],
  ['cho e gap can bo truc voi a, viec gap', 'handoff'],
  ['Can I chat with a real person please? The bot does not understand me', 'handoff'],
  ['Đề nghị chuyển cuộc trò chuyện này cho cán bộ phụ trách trả lời trực tiếp.', 'handoff'],
  ['Má tui già rồi hông biết bấm nút, có anh chị cán bộ nào nhắn tay trả lời giùm được hông', 'handoff'],
  ['ad oi, co nguoi nao tra loi truc tiep ko hay toan la tu dong vay', 'handoff'],
  ['Thôi khỏi bot, kết nối tui với nhân viên tư vấn', 'handoff'],

  // help: contact info, hotline, address, hours, how to use
  ['Số tổng đài hỗ trợ của tỉnh là bao nhiêu dậy?', 'help'],
  ['Trung tâm phục vụ hành chính công ở mô, mấy giờ mở cửa hỉ?', 'help'],
  ['How do I use this chatbot? What can I type?', 'help'],
  ['cho xin so hotline voi dia chi bo phan mot cua', 'help'],
  ['Tui lớn tuổi rồi mò hoài hông ra, chỉ tui cách xài con bot này với', 'help'],
  ['Thứ bảy bên mình có làm việc không, liên hệ qua số nào được ạ?', 'help'],

  // menu: main menu / list of services / restart
  ['hiện lại menu chính giùm', 'menu'],
  ['Liệt kê các chức năng của trang này ra coi, tui chọn', 'menu'],
  ['show me the main menu', 'menu'],
  ['lộn rồi, quay lại từ đầu đi', 'menu'],
  ['Cho xem danh mục các dịch vụ đang có trên Zalo này với', 'menu'],

  // language
  ['English please, I cannot read Vietnamese', 'language'],
  ['Can you switch to English?', 'language'],
  ['chuyển qua tiếng Việt lại giùm, bạn tui bấm nhầm tiếng Anh', 'language'],
  ['Đổi ngôn ngữ sang tiếng Anh cho chồng tôi đọc với ạ', 'language'],
  ['Back to Vietnamese language please', 'language'],

  // subscriptions: subscribe / choose topics or commune
  ['Tui muốn nhận tin thông báo của xã Phú Hòa qua Zalo này, đăng ký sao?', 'subscriptions'],
  ['dang ky nhan tin chinh sach nong nghiep voi canh bao thien tai cho e', 'subscriptions'],
  ['I would like to receive announcements from the province', 'subscriptions'],
  ['Phường có thông báo gì mới thì gửi cho tui với nghen, tui đăng ký nhận', 'subscriptions'],
  ['Chọn lại chủ đề tin muốn nhận: chỉ lấy tin về giáo dục với y tế thôi', 'subscriptions'],

  // unsubscribe: stop all announcements
  ['Ngày nhắn mấy tin thông báo, thôi đừng gửi tin nữa nghen', 'unsubscribe'],
  ['thoi dung gui tin tuc thong bao cho tui nua, ngung het di', 'unsubscribe'],
  ['Please stop sending me all announcements', 'unsubscribe'],
  ['Tôi đề nghị dừng toàn bộ tin thông báo gửi đến tài khoản này.', 'unsubscribe'],
  ['điện thoại bả cứ ting ting tin thông báo của tỉnh hoài, tắt hết giùm bả', 'unsubscribe'],

  // welcome: greeting only
  ['Chào mấy anh chị trên tỉnh nghen 😊', 'welcome'],
  ['alo ad ơi', 'welcome'],
  ['Good afternoon, nice to meet you 🙂', 'welcome'],
  ['Em chào các cô chú cán bộ ạ, chúc mọi người ngày mới vui vẻ', 'welcome'],
  ['hế lô bot', 'welcome'],

  // my_data: see stored personal data
  ['Các anh chị đang lưu thông tin cá nhân gì của tui vậy, cho tui coi', 'my_data'],
  ['bot luu nhung du lieu gi ve e vay', 'my_data'],
  ['What personal information do you have stored about me?', 'my_data'],
  ['Đề nghị cho tôi xem dữ liệu cá nhân của tôi mà hệ thống đang nắm giữ.', 'my_data'],
  ['Tui sợ lộ thông tin quá, mấy người giữ số điện thoại với tên tuổi gì của tui, cho coi thử', 'my_data'],

  // erase_my_data: delete personal data
  ['Xóa hết thông tin của tui trên hệ thống này đi, tui hông xài nữa', 'erase_my_data'],
  ['xoa du lieu ca nhan cua e giup', 'erase_my_data'],
  ['Please delete all my personal data from your system', 'erase_my_data'],
  ['Tôi yêu cầu xóa toàn bộ dữ liệu cá nhân liên quan đến tôi. Trân trọng.', 'erase_my_data'],
  ['Con gái tui lỡ đăng ký bằng số này, tui muốn xóa sạch thông tin cá nhân đã lưu', 'erase_my_data'],

  // none: out of scope
  ['Cho hỏi đặt lịch khám ở bệnh viện đa khoa tỉnh qua đây được không?', 'none'],
  ['Học phí lớp 1 trường tiểu học năm nay đóng bao nhiêu vậy?', 'none'],
  ['vay von ngan hang chinh sach de nuoi bo thi lai suat bao nhieu', 'none'],
  [`Tra phạt nguội biển số ${H16_PLATE_A} giùm tui`, 'none'],
  ['Giá đất mặt tiền đường Hùng Vương bây giờ bao nhiêu một mét?', 'none'],
  [`Tui có 2 công đất ruộng muốn bán, ai mua liên hệ ${H16_PHONE_A}`, 'none'],
  ['Mai trời có mưa không ad, tui tính phơi lúa', 'none'],
  ['tuổi Dần năm nay làm nhà được không ad 😂', 'none'],
  ['Ad ăn cơm chưa dzậy', 'none'],
  ["What's a good place to eat bánh xèo around here?", 'none'],
  ['Giá vàng hôm nay nhiêu rồi', 'none'],
  ['Tụi nhỏ nhà tui nghiện game quá, có cách chi khuyên tụi nó hông?', 'none'],
  ['Bán sầu riêng Ri6 giá sỉ, ship toàn tỉnh, inbox nha 🍈', 'none'],
  ['xổ số miền trung hôm nay đài nào', 'none'],
  ['Cuối tuần này ad có đi câu cá hông, rủ tui với 🎣', 'none'],
];

/**
 * Held-out 17: written blind in one go on 2026-12-03 by a helper who read only the list of labels and what each
 * means (never the matcher, its word lists, the flows' examples or triggers, nor earlier batches), before the round
 * of tuning 29 and 30, which never saw it; never tuned on until the round of tuning 31 and 32 studied its misses (tuning 31 since). Its theme: hurried typing on a phone (one-handed typos, missing or doubled spaces, repeated letters, half the diacritics, Telex leftovers, teencode, voice-typed run-on sentences with the ask after a story, codes pasted inside sentences) and out-of-scope asks close to the government's (bills of private companies, bank loans, a private clinic, a chairman's private number). A script printed only the writer's
 * messages equal to a flow's example or keyword, an earlier message or a twin, and the writer replaced them.
 */
// Batch 17 (held-out): hurried phone typing — typos, teencode, no diacritics, Telex leftovers, run-ons.
const H17_HS1 = '000.00.12.H02-260114-0087';
const H17_HS2 = '000.00.31.H02-251203-1142';
const H17_HS3 = '000.00.07.H02-260209-0315';
const H17_HS4 = '000.00.25.H02-260121-0456';
const H17_HS5 = '000.00.18.H02-251127-2093';
const H17_HS6 = '000.00.04.H02-260302-0019';
const H17_HS7 = '000.00.40.H02-260115-0770';
const H17_HS8 = '000.00.09.H02-260226-1508';
// loosely typed variants
const H17_HS2_LOOSE = '000 00 31 H02 251203 1142';
const H17_HS3_LOOSE = '000.00.07.h02 260209 0315';
const H17_HS4_LOOSE = '00000 25 H02-260121-0456';
const H17_HS6_LOOSE = '000.00.04.H02- 260302-0019';
const H17_HS7_LOOSE = '000.00.40.h02.260115.0770';

// tax codes with valid check digit (weights 31,29,23,19,17,13,7,5,3)
const H17_MST1 = '0102345677';
const H17_MST2 = '0315982462';
const H17_MST3 = '2701843393';
const H17_MST4 = '4601239872';
const H17_MST5 = '3702561481';

const H17_PA1 = 'PA-ZL-2026-004517';
const H17_PA2 = 'PA-2026-001983';
const H17_PA3 = 'PA-ZL-2026-012046';
const H17_PA4 = 'pa-2026-000734';
const H17_PA5 = 'PA ZL 2026 008851';
const H17_PA6 = 'PA-2026-010299';
const H17_PA7 = 'PA-ZL-2026-003360';
const H17_PA8 = 'pa-zl-2026-007712';

const H17_PHONE1 = '0912478305';
const H17_PHONE2 = '0386215940';
const H17_PHONE3 = '0977034128';
const H17_PHONE4 = '0354890217';
const H17_PHONE5 = '0905 662 318';

const batch17Heldout: [string, string][] = [
  // ---------------- dossier (14) ----------------
  [`alooo ad oi ho so ${H17_HS1} cua e toi dau r a`, 'dossier'],
  [`e nop hs cap so do tu thang truoc ma chua thay goi, ma ${H17_HS2_LOOSE} kiem tra giup e voi ạaaa`, 'dossier'],
  [`tra cuu hoof sow ${H17_HS3}`, 'dossier'],
  [`${H17_HS4_LOOSE} tình trạng sao rồi ạ`, 'dossier'],
  [`cho mình hỏi hồ sơ mã ${H17_HS5} đã duyệt chưa vậy 🙏`, 'dossier'],
  [
    `hôm bữa tui lên bộ phận một cửa huyện nộp giấy chuyển mục đích sử dụng đất họ đưa tờ biên nhận ghi mã ${H17_HS6_LOOSE} hẹn 15 ngày mà giờ quá hạn rồi chưa thấy gì hết cho tui hỏi hồ sơ đang nằm ở khâu nào`,
    'dossier',
  ],
  [`hs ${H17_HS7_LOOSE} xong chua ak`, 'dossier'],
  [`check status of dossier ${H17_HS8} pls`, 'dossier'],
  [`ma hs:${H17_HS1}  dang xu ly toi buoc nao r ad`, 'dossier'],
  [`Chao anh chi,em muon xem ket qua giai quyet ho so ${H17_HS2}. Cam on nhieu 😊`, 'dossier'],
  [`hồ sơ của mẹ e mã ${H17_HS3_LOOSE} sao lâu z, đã có kq chưa ạ`, 'dossier'],
  [`ktra giúp e hso ${H17_HS5} vs,cần gấp lắm`, 'dossier'],
  [`my application ${H17_HS4} - is it done yet? when can i pick up the result`, 'dossier'],
  [`${H17_HS6}`, 'dossier'],

  // ---------------- my_dossiers (8) ----------------
  [
    `e lam mat cai giay bien nhan r k nho ma ho so, sdt e la ${H17_PHONE1} xem giup e cac hs e da nop dc ko a`,
    'my_dossiers',
  ],
  [`cho mình xem danh sách hồ sơ của mình với, số đt ${H17_PHONE2}`, 'my_dossiers'],
  [`tui nộp mấy bộ hồ sơ mà quên hết mã rồi, giờ coi lại sao đây`, 'my_dossiers'],
  [`hs cuar toi ddax nop`, 'my_dossiers'],
  [`i forgot my dossier code, can you list all my applications? phone ${H17_PHONE3}`, 'my_dossiers'],
  [`xem tat ca ho so dung ten e voi ad, sdt ${H17_PHONE5}`, 'my_dossiers'],
  [`Hồ sơ nào tôi đã nộp trên hệ thống thì liệt kê ra giúp tôi, tôi dùng số ${H17_PHONE4}`, 'my_dossiers'],
  [`mình có bao nhiu hồ sơ đang xử lý v ạ, k nhớ mã nào hết trơn`, 'my_dossiers'],

  // ---------------- dossier_follow (8) ----------------
  [`theo doi ho so ${H17_HS1} giup e, co gi bao e nha`, 'dossier_follow'],
  [`khi nào hồ sơ ${H17_HS7} có kết quả thì nhắn cho mình biết với nhé`, 'dossier_follow'],
  [`đăng ký nhận thông báo cho hs ${H17_HS3_LOOSE}`, 'dossier_follow'],
  [
    `e bận đi làm k lên mạng coi thường xuyên đc, hồ sơ ${H17_HS2} mà có thay đổi j thì báo e qua zalo này đc k ạ`,
    'dossier_follow',
  ],
  [`follow dossier ${H17_HS8}, notify me when it changes`, 'dossier_follow'],
  [`theo dõi hsơ ${H17_HS5} ạaa`, 'dossier_follow'],
  [`bam theo doi ho so ma ${H17_HS4_LOOSE} cho minh voi`, 'dossier_follow'],
  [`nho bot cap nhat tinh trang hs ${H17_HS6} cho toi moi khi co buoc moi`, 'dossier_follow'],

  // ---------------- dossier_unfollow (5) ----------------
  [`bo theo doi ho so ${H17_HS1} nha, nhan dc kq r`, 'dossier_unfollow'],
  [`đừng gửi thông báo về hồ sơ ${H17_HS7_LOOSE} nữa ạ`, 'dossier_unfollow'],
  [`huỷ theo dõi hs ${H17_HS2}`, 'dossier_unfollow'],
  [`stop updates for ${H17_HS8} thx`, 'dossier_unfollow'],
  [`hồ sơ ${H17_HS3} xong rồi mình ko cần theo dõi nữa, tắt giùm mình`, 'dossier_unfollow'],

  // ---------------- follows (5) ----------------
  [`minh dang theo doi nhung ho so nao z`, 'follows'],
  [`xem ds hồ sơ đang theo dõi`, 'follows'],
  [`e có bấm theo dõi mấy cái hs mà giờ quên mất là cái nào, cho e coi lại vs`, 'follows'],
  [`hey which files r u tracking for me rn`, 'follows'],
  [`trong muc theo doi cua toi hien co hs nao ko`, 'follows'],

  // ---------------- procedure (16) ----------------
  [`lam giay khai sinh cho con can nhung giay to j a`, 'procedure'],
  [`cho e hỏi đăng ký kết hôn mất bao nhiêu tiền vs bao lâu thì có giấy`, 'procedure'],
  [`thu tuc tach thua dat o dau lam v ad`, 'procedure'],
  [`nha e moi chuyen ve ma chua nhap khau, tạm trú thì đăng ký như nào ạ mang theo j`, 'procedure'],
  [`cấp lại sổ hồng bị mất thủ tục ra sao, lệ phí bn`, 'procedure'],
  [`xin giay phep xay dung nha o rieng le can nhung j`, 'procedure'],
  [`how to apply for a business household registration? what documents`, 'procedure'],
  [`ba e mất r giờ muốn làm khai tử thì lên xã hay huyện ạ, cần mang theo giấy tờ gì`, 'procedure'],
  [`thur tucj chuwngs thuwcj banr sao`, 'procedure'],
  [`đổi bằng lái xe thì làm online đc ko hay phải đi trực tiếp, mấy ngày có`, 'procedure'],
  [`hỏi thủ tục xin trợ cấp cho người khuyết tật, hồ sơ gồm những gì ạaa`, 'procedure'],
  [`e muốn mở quán cà phê nhỏ thì cần xin giấy phép gì ko ạ, làm ở đâu`, 'procedure'],
  [`xac nhan tinh trang hon nhan de di lam ho so vay mua nha thi lam o dau, bao lau`, 'procedure'],
  [`thủ tục chuyển nhượng quyền sử dụng đất mất thời gian bao lâu v mọi người`, 'procedure'],
  [`procedure for getting a criminal record certificate (ly lich tu phap)? fee?`, 'procedure'],
  [`alo cho hỏi làm lại căn cước cho con 14 tuổi cần j, có tốn phí ko`, 'procedure'],

  // ---------------- business (9) ----------------
  [`tra cuu mst ${H17_MST1}`, 'business'],
  [`cty co ma so thue ${H17_MST2} con hoat dong k a`, 'business'],
  [`kiểm tra giúp mình doanh nghiệp mã số thuế ${H17_MST3} địa chỉ ở đâu, ai là đại diện`, 'business'],
  [`có cty kia mời e vào làm mà e sợ lừa đảo, họ đưa mst ${H17_MST4} ad xem giúp cty này có thật k ạ`, 'business'],
  [`lookup company tax code ${H17_MST5}`, 'business'],
  [`thong tin doanh nghiep Cong ty TNHH Thuong mai Phu Hung`, 'business'],
  [`Cty CP Xây dựng Minh Phát còn hđ ko hay giải thể r ạ`, 'business'],
  [`mst:${H17_MST2}  ten cty la gi v`, 'business'],
  [`tìm thông tin doanh nghiệp tên Hợp tác xã nông nghiệp Tân Tiến`, 'business'],

  // ---------------- feedback (15) ----------------
  [`duong vao thon 3 xa e o ga to nhu cai ao may hom nay mua xe may te lien tuc, de nghi sua gap`, 'feedback'],
  [`phản ánh: bãi rác đầu hẻm 45 đường Lê Lợi mấy tuần ko ai dọn, bốc mùi kinh khủng 🤢🤢`, 'feedback'],
  [`quán karaoke đối diện nhà tui hát tới 1h sáng đêm nào cũng vậy ai xử lý giùm với con nhỏ ko ngủ được`, 'feedback'],
  [`cán bộ một cửa xã thái độ rất hách dịch, quát người dân, tôi muốn khiếu nại`, 'feedback'],
  [`den duong khu pho 5 hu ca thang nay toi om, nguy hiem lam`, 'feedback'],
  [`e muốn gửi kiến nghị về việc xe tải chở cát chạy quá tốc độ qua trường tiểu học giờ tan học`, 'feedback'],
  [`cong thoat nuoc bi tac,mưa cái là ngập tới đầu gối. phan anh giup dan`, 'feedback'],
  [`I want to report illegal dumping of construction waste near the river bridge in ward 2`, 'feedback'],
  [`co nguoi lan chiem via he ban hang het duong di bo, khu cho phuong 4, mong chinh quyen xu ly`, 'feedback'],
  [`cây xanh trước số 12 đường Trần Phú sắp đổ rồi gió lớn là ngã đè người á, báo gấp`, 'feedback'],
  [`gửi góp ý: nên có thêm chỗ ngồi chờ ở bộ phận tiếp nhận hồ sơ huyện, người già đứng mệt lắm`, 'feedback'],
  [`xuong go gan nha e dot rac thai khoi den ngòm ca xom, tre con ho suot, de nghi kiem tra`, 'feedback'],
  [`phan anh kien nghi vụ nộp hs đúng hạn mà bị trễ hẹn 3 lần ko ai giải thích`, 'feedback'],
  [`chó thả rông ngoài đường cắn người ở tổ 7 mà chủ ko chịu trách nhiệm, làm ơn xử lý`, 'feedback'],
  [`report: broken traffic light at the intersection near the market, very dangerous!!`, 'feedback'],

  // ---------------- feedback_ticket (8) ----------------
  [`phan anh ${H17_PA1} xu ly toi dau r a`, 'feedback_ticket'],
  [`cho hỏi kiến nghị số ${H17_PA2} đã có trả lời chưa`, 'feedback_ticket'],
  [
    `tuần trước tui có báo vụ ổ gà rồi được cái mã ${H17_PA3} mà tới giờ đường vẫn y chang, coi giùm đang tới đâu`,
    'feedback_ticket',
  ],
  [`${H17_PA4} tinh trang?`, 'feedback_ticket'],
  [`ktra pa ${H17_PA5} giup e`, 'feedback_ticket'],
  [`status of my report ${H17_PA6}?`, 'feedback_ticket'],
  [`mã phản ánh ${H17_PA7} có ai tiếp nhận chưa ạaa`, 'feedback_ticket'],
  [`e gui phan anh ma so ${H17_PA8} lau r ma chua thay phan hoi`, 'feedback_ticket'],

  // ---------------- my_feedback (6) ----------------
  [`xem cac phan anh minh da gui`, 'my_feedback'],
  [`mấy cái kiến nghị e gửi trước giờ, cho e coi lại danh sách vs`, 'my_feedback'],
  [`show me all the complaints i submitted`, 'my_feedback'],
  [`tôi đã gửi bao nhiêu phản ánh rồi, liệt kê giúp`, 'my_feedback'],
  [`nhuwngx kieens nghij tooi ddax guiwr`, 'my_feedback'],
  [`e có gửi mấy lần phản ánh vụ rác mà quên mã hết r, xem lại đc ko ạ`, 'my_feedback'],

  // ---------------- handoff (7) ----------------
  [`cho e noi chuyen voi nguoi that dc k, bot tra loi k dung y e`, 'handoff'],
  [`gặp cán bộ trực tiếp`, 'handoff'],
  [`alooo co ai ko, cho tui gap nhan vien voi`, 'handoff'],
  [`need a human officer asap, bot keeps misunderstanding me`, 'handoff'],
  [`chuyển máy cho cán bộ giúp tôi, việc của tôi phức tạp lắm nói với máy ko hiểu đâu`, 'handoff'],
  [`ket noi tu van vien`, 'handoff'],
  [`mình muốn trao đổi với chuyên viên ngay bây giờ ạ`, 'handoff'],

  // ---------------- help (5) ----------------
  [`huong dan su dung cai nay sao v`, 'help'],
  [`sđt văn phòng tiếp công dân tỉnh là số mấy ạ, địa chỉ ở đâu`, 'help'],
  [`how do i use this bot?`, 'help'],
  [`dùng chatbot này kiểu gì, bấm đâu cũng ko ra 😅`, 'help'],
  [`giờ làm việc của trung tâm phục vụ hành chính công mấy h tới mấy h, hotline bn`, 'help'],

  // ---------------- menu (5) ----------------
  [`menuu ad oi`, 'menu'],
  [`bot lam dc nhung gi`, 'menu'],
  [`cho xem danh sách dịch vụ`, 'menu'],
  [`lam lai tu dau di bot, quay ve trang chinh`, 'menu'],
  [`what services do you offer`, 'menu'],

  // ---------------- language (4) ----------------
  [`english pls`, 'language'],
  [`doi qua tieng anh giup minh nhe, ban minh nguoi nuoc ngoai`, 'language'],
  [`can u reply in vietnamese instead, my english not good`, 'language'],
  [`đổi ngôn ngữ qua tiếng Việt lại giùm`, 'language'],

  // ---------------- subscriptions (6) ----------------
  [`dang ky nhan tin thong bao cua xa Tan Phu`, 'subscriptions'],
  [`e muốn nhận tin về lịch cúp nước, tiêm chủng của phường mình thì đăng ký sao`, 'subscriptions'],
  [`mình đang đăng ký nhận những chủ đề nào v`, 'subscriptions'],
  [`subscribe to announcements for my commune`, 'subscriptions'],
  [`cho e nhận bản tin về chính sách đất đai vs ạ`, 'subscriptions'],
  [`dki theo doi thong bao phuong 3`, 'subscriptions'],

  // ---------------- unsubscribe (5) ----------------
  [`huy dk nhan tin tu OA nay nha ad`, 'unsubscribe'],
  [`đừng gửi bản tin cho tôi nữa, ngày nào cũng nhắn phiền quá`, 'unsubscribe'],
  [`pls unsub me from the news msgs`, 'unsubscribe'],
  [`tắt thông báo tin tức của xã đi ạ`, 'unsubscribe'],
  [`ko muon nhan thong bao chinh quyen nua`, 'unsubscribe'],

  // ---------------- welcome (4) ----------------
  [`alooooo`, 'welcome'],
  [`chao ad ạaa 👋`, 'welcome'],
  [`hiii`, 'welcome'],
  [`dạ chào anh chị trực OA ạ 🙂`, 'welcome'],

  // ---------------- my_data (4) ----------------
  [`cac ban dang luu thong tin j cua toi`, 'my_data'],
  [`cho mình xem dữ liệu cá nhân của mình mà hệ thống đang giữ`, 'my_data'],
  [`wat info of mine is saved in ur system`, 'my_data'],
  [`bot có lưu sđt vs tên e ko, xem đc ko`, 'my_data'],

  // ---------------- erase_my_data (4) ----------------
  [`xoa het du lieu cua toi di`, 'erase_my_data'],
  [`e ko dùng nữa, xoá thông tin cá nhân của e khỏi hệ thống giúp e`, 'erase_my_data'],
  [`delete my data please`, 'erase_my_data'],
  [`yêu cầu xóa toàn bộ dữ liệu cá nhân mà bot đã lưu về tôi`, 'erase_my_data'],

  // ---------------- none (12) ----------------
  [`tien dien thang nay nha e tang gap doi, evn tinh sai k ad`, 'none'],
  [`hoa don nuoc cua cty cap nuoc thang nay sao cao z, thanh toan qua dau`, 'none'],
  [`vay ngân hàng mua xe lãi suất bn 1 tháng ạ`, 'none'],
  [`phòng khám tư Bình An hôm nay đông ko, lấy số trước đc ko`, 'none'],
  [`shop ơi cái áo khoác này còn size L ko 😍`, 'none'],
  [`xo so mien nam hom nay ve may`, 'none'],
  [`nay trời nóng quá ha ad, ngoài đó mưa chưa`, 'none'],
  [`kể chuyện cười đi bot ơi buồn quá`, 'none'],
  [`bán lô đất 5x20 mặt tiền đường huyện giá tốt ai cần ib`, 'none'],
  [`cho xin so dien thoai rieng cua anh chu tich xa voi`, 'none'],
  [`gia vang sjc hom nay bn`, 'none'],
  [`anyone know a good pho place near the bus station lol`, 'none'],
];

/**
 * Held-out 18: written blind in one go on 2026-12-03 by a helper who read only the list of labels and what each
 * means (never the matcher, its word lists, the flows' examples or triggers, nor earlier batches), before the round
 * of tuning 29 and 30, which never saw it; never tuned on until the round of tuning 31 and 32 studied its misses (tuning 32 since). Its theme: people with a specific situation (a shop owner checking a company, a farmer reporting a broken canal, a worker from another province, a retired teacher's formal letter, a young mother, foreign residents and Vietnamese abroad in English or mixed, someone writing for an elderly parent, annoyed writers, two asks in one message, one-word messages). A script printed only the writer's
 * messages equal to a flow's example or keyword, an earlier message or a twin, and the writer replaced them.
 */
// Batch 18 held-out set (written blind from labels.md only).

const H18_DOSSIER_A = '000.00.21.H02-260314-0457';
const H18_DOSSIER_B = '000.00.07.H02-260228-1132';
const H18_DOSSIER_C = '000.00.15.H02-260402-0089';
const H18_DOSSIER_D = '000.00.33.H02-260119-2206';
const H18_DOSSIER_E = '000.00.04.H02-260305-0713';
const H18_DOSSIER_LOOSE_A = '000 00 21 h02 260321 0518';
const H18_DOSSIER_LOOSE_B = '000.00.12.h02-260410-0034';
const H18_DOSSIER_LOOSE_C = '000.00.09.H02 260227 1460';

// 10-digit tax codes, check digit = 10 - (weighted sum % 11)
const H18_TAX_A = '3104562785';
const H18_TAX_B = '2800614570';
const H18_TAX_C = '4702139867';
const H18_TAX_D = '2003417652';
const H18_TAX_E = '0107821947';
const H18_TAX_F = '3801295343';

const H18_TICKET_A = 'PA-ZL-2026-004518';
const H18_TICKET_B = 'PA-2026-001273';
const H18_TICKET_C = 'PA-ZL-2026-010962';
const H18_TICKET_D = 'pa-2026-000847';
const H18_TICKET_E = 'PA-ZL-2026-003305';

const H18_PHONE_A = '0912457831';
const H18_PHONE_B = '0368204517';
const H18_PHONE_C = '0987316642';
const H18_PHONE_D = '0334780915';
const H18_PHONE_SPAM = '0393558217';

const batch18Heldout: [string, string][] = [
  // dossier (14)
  [`Cho tôi hỏi hồ sơ ${H18_DOSSIER_A} đã giải quyết xong chưa ạ?`, 'dossier'],
  [`check giúp status hồ sơ ${H18_DOSSIER_B} với, thanks`, 'dossier'],
  [
    `Kính gửi quý cơ quan, tôi là giáo viên đã nghỉ hưu, hiện đang chờ kết quả hồ sơ xin cấp đổi giấy chứng nhận quyền sử dụng đất, mã hồ sơ ${H18_DOSSIER_C}. Đã quá ngày hẹn trả gần hai tuần mà tôi chưa nhận được thông báo nào. Kính đề nghị quý cơ quan cho biết hồ sơ hiện đang ở khâu nào. Trân trọng cảm ơn.`,
    'dossier',
  ],
  [`${H18_DOSSIER_LOOSE_A}`, 'dossier'],
  [`ho so ${H18_DOSSIER_LOOSE_B} cua toi sao lau qua vay, nop tu thang 4 roi, tra giup toi voi`, 'dossier'],
  [
    `Hi, I submitted an application for a temporary residence card, code ${H18_DOSSIER_D}. Could you tell me where it is now?`,
    'dossier',
  ],
  [
    `Mình hỏi hộ mẹ mình, mẹ nộp hồ sơ chuyển nhượng đất mã ${H18_DOSSIER_E}, nhờ xem giúp đã có kết quả chưa`,
    'dossier',
  ],
  [`tra cứu hồ sơ ${H18_DOSSIER_LOOSE_C}`, 'dossier'],
  [`hồ sơ ${H18_DOSSIER_A} sao rồi ạ? cho em hỏi lại hồ sơ ${H18_DOSSIER_A} giờ tới đâu rồi`, 'dossier'],
  [`Giấy khai sinh cho bé nhà em mã hồ sơ ${H18_DOSSIER_B} đến bước nào rồi ạ, bao giờ em lên lấy được?`, 'dossier'],
  [`status of ${H18_DOSSIER_C}?`, 'dossier'],
  [`Em chờ 3 tuần rồi đấy, mã ${H18_DOSSIER_D}, làm ơn kiểm tra xem có bị thất lạc không`, 'dossier'],
  [`Ma ho so: ${H18_DOSSIER_E} . Xin hoi tinh trang xu ly`, 'dossier'],
  [
    `cho em hỏi hồ sơ đăng ký thường trú của em số ${H18_DOSSIER_LOOSE_B} đã được duyệt chưa, em là công nhân ngoại tỉnh làm ở KCN`,
    'dossier',
  ],

  // my_dossiers (8)
  [`Tôi quên mất mã hồ sơ rồi, số điện thoại của tôi là ${H18_PHONE_A}, xem giúp tôi các hồ sơ đã nộp`, 'my_dossiers'],
  ['xem danh sách hồ sơ của tôi', 'my_dossiers'],
  [`I lost the receipt with the dossier code. Can you list my applications? My phone is ${H18_PHONE_B}`, 'my_dossiers'],
  [
    `Bố tôi năm nay 80 tuổi, có nộp mấy bộ hồ sơ bằng số ${H18_PHONE_C}, giờ không nhớ mã, anh chị liệt kê giúp các hồ sơ đứng tên số này được không`,
    'my_dossiers',
  ],
  ['mấy bộ hồ sơ em nộp tháng trước đâu rồi, em làm mất giấy biên nhận', 'my_dossiers'],
  [`minh co nop may ho so ma ko nho ma, sdt ${H18_PHONE_D}, cho minh xem het duoc ko`, 'my_dossiers'],
  ['Tất cả hồ sơ tôi đã nộp trên cổng dịch vụ công đang thế nào? Tôi không lưu lại mã', 'my_dossiers'],
  ['xem hết mấy hồ sơ mình đã nộp', 'my_dossiers'],

  // dossier_follow (8)
  [`Theo dõi hồ sơ ${H18_DOSSIER_A} giúp tôi, có gì thay đổi thì nhắn tôi`, 'dossier_follow'],
  [`Please notify me when dossier ${H18_DOSSIER_B} gets updated`, 'dossier_follow'],
  [`em muốn nhận thông báo khi hồ sơ ${H18_DOSSIER_LOOSE_C} có kết quả ạ`, 'dossier_follow'],
  [`follow hồ sơ ${H18_DOSSIER_C}`, 'dossier_follow'],
  [
    `Tôi ở xa không tiện hỏi hoài, khi nào hồ sơ ${H18_DOSSIER_D} của mẹ tôi có thay đổi thì báo qua Zalo này cho tôi nhé`,
    'dossier_follow',
  ],
  [`dang ky theo doi ho so ${H18_DOSSIER_E}`, 'dossier_follow'],
  [
    `Kính nhờ quý cơ quan thông báo cho tôi mỗi khi hồ sơ ${H18_DOSSIER_LOOSE_A} chuyển sang bước mới.`,
    'dossier_follow',
  ],
  [`Can I get alerts for ${H18_DOSSIER_LOOSE_B}? I don't want to keep checking`, 'dossier_follow'],

  // dossier_unfollow (5)
  [`Bỏ theo dõi hồ sơ ${H18_DOSSIER_A}, tôi nhận kết quả rồi`, 'dossier_unfollow'],
  [`stop notifications for dossier ${H18_DOSSIER_C} please`, 'dossier_unfollow'],
  [`đừng gửi thông báo về hồ sơ ${H18_DOSSIER_D} nữa nhé`, 'dossier_unfollow'],
  [`huy theo doi ${H18_DOSSIER_LOOSE_C}`, 'dossier_unfollow'],
  [
    `Hồ sơ ${H18_DOSSIER_E} đã xong, tôi không cần nhận tin cập nhật về hồ sơ này nữa, tắt giúp tôi`,
    'dossier_unfollow',
  ],

  // follows (5)
  ['Hiện giờ tài khoản của tôi đang theo dõi bao nhiêu hồ sơ, là những hồ sơ nào?', 'follows'],
  ['hey, show me the list of applications I set alerts for', 'follows'],
  ['ds ho so dang theo doi', 'follows'],
  ['Cho mình xem lại các hồ sơ mình đã bấm theo dõi trước đây', 'follows'],
  ['hồ sơ tôi theo dõi', 'follows'],

  // procedure (16)
  [
    'Tôi là công nhân quê Thanh Hóa, đang làm ở khu công nghiệp tỉnh mình, muốn đăng ký tạm trú thì cần giấy tờ gì, nộp ở đâu?',
    'procedure',
  ],
  ['Làm giấy khai sinh cho con cần mang những gì ạ? Bé mới sinh được 2 tuần', 'procedure'],
  ['con em chuyển từ tỉnh khác về học lớp 3 thì hồ sơ chuyển trường làm thế nào ạ', 'procedure'],
  ['How do I declare temporary residence as a foreigner renting a house here? What documents do I need?', 'procedure'],
  ['Xin hỏi lệ phí cấp đổi sổ đỏ là bao nhiêu và mất bao lâu?', 'procedure'],
  ['thu tuc dang ky ho kinh doanh', 'procedure'],
  [
    'Kính gửi quý cơ quan. Tôi là giáo viên đã nghỉ hưu, nay muốn làm thủ tục đính chính ngày sinh trên giấy khai sinh do có sai lệch với các giấy tờ khác. Xin hỏi tôi cần chuẩn bị những giấy tờ gì, nộp tại đâu và thời gian giải quyết bao lâu? Xin chân thành cảm ơn.',
    'procedure',
  ],
  ["I'm Việt kiều from Úc, muốn đăng ký kết hôn ở đây thì need những giấy tờ gì?", 'procedure'],
  ['Cấp lại căn cước bị mất làm ở đâu, có mất phí không?', 'procedure'],
  ['đăng ký khai tử cho bố thì cần những gì', 'procedure'],
  ['thủ tục xin giấy phép xây dựng nhà ở nông thôn', 'procedure'],
  ['Xin hỏi muốn đăng ký thường trú về tỉnh mình thì làm thế nào, bao nhiêu ngày thì xong?', 'procedure'],
  ['what papers are needed to get a work permit in this province?', 'procedure'],
  ['Thủ tục cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm cho quán ăn nhỏ cần những gì?', 'procedure'],
  ['cho hỏi làm lý lịch tư pháp mất bao lâu, làm lý lịch tư pháp ở đâu vậy', 'procedure'],
  ['Mẹ tôi 75 tuổi muốn xin hưởng trợ cấp người cao tuổi thì làm hồ sơ thế nào ạ?', 'procedure'],

  // business (9)
  [`Tra cứu mã số thuế ${H18_TAX_A} giúp mình, công ty này còn hoạt động không?`, 'business'],
  [`mst ${H18_TAX_B}`, 'business'],
  [
    `Can you check the company with tax code ${H18_TAX_C}? I want to know if it's still active before signing a contract.`,
    'business',
  ],
  [
    'Tôi bán tạp hóa, có người của Công ty TNHH Thương mại Minh Phát đến chào hàng, nhờ kiểm tra giúp công ty này có đăng ký thật không',
    'business',
  ],
  [`kiểm tra tình trạng doanh nghiệp mã số thuế ${H18_TAX_D}`, 'business'],
  [`thong tin doanh nghiep ${H18_TAX_E}`, 'business'],
  ['Công ty Cổ phần Nông sản Tây Nguyên Xanh địa chỉ ở đâu, người đại diện là ai vậy?', 'business'],
  [`Cho tôi hỏi doanh nghiệp có MST ${H18_TAX_F} đã giải thể chưa? Họ còn nợ tiền hàng của tôi`, 'business'],
  ['look up business: Hoang Long Logistics JSC', 'business'],

  // feedback (15)
  [
    'Mương thủy lợi đầu thôn 3 xã em bị vỡ một đoạn gần chục mét, nước không vào ruộng được, bà con sắp gieo sạ rồi, đề nghị xã sửa gấp',
    'feedback',
  ],
  ['Phản ánh: đường vào khu dân cư Tân Phú có ổ gà rất sâu, tối qua có người đi xe máy ngã', 'feedback'],
  ['Nước ngập tràn vào ruộng lúa của cả xóm do cống thoát bị tắc, nhờ chính quyền cho người khơi thông', 'feedback'],
  [
    'Quán karaoke gần nhà tôi hát đến 1-2 giờ sáng đêm nào cũng vậy, con nhỏ không ngủ được, tôi muốn phản ánh',
    'feedback',
  ],
  [
    "There's a huge pile of garbage at the corner near the market that hasn't been collected for a week. It smells terrible. Please do something.",
    'feedback',
  ],
  [
    'Kính gửi UBND tỉnh, tôi là giáo viên về hưu, xin kiến nghị về việc cán bộ bộ phận một cửa phường tôi có thái độ hách dịch, hẹn đi hẹn lại nhiều lần mà không giải thích lý do. Kính mong lãnh đạo xem xét chấn chỉnh.',
    'feedback',
  ],
  ['đèn đường ngõ 12 hỏng cả tháng nay tối om, báo giúp cho bên phụ trách sửa với', 'feedback'],
  ['I want to report illegal sand dredging on the river near my village, mấy đêm nay ồn lắm', 'feedback'],
  ['Xưởng gỗ cạnh khu trọ công nhân xả bụi với mùn cưa ra đường, xin cơ quan chức năng kiểm tra', 'feedback'],
  ['kiến nghị lắp thêm biển báo giảm tốc trước cổng trường tiểu học, sáng nào xe tải cũng chạy rất nhanh', 'feedback'],
  ['cay xanh do chan ngang duong lien xa sau tran gio toi qua, chua ai don', 'feedback'],
  ['Tôi muốn gửi góp ý: nên có thêm ghế ngồi chờ ở bộ phận một cửa huyện, người già đứng chờ rất mệt', 'feedback'],
  [
    'Đã đợi 45 phút ở bộ phận tiếp nhận mà không ai tiếp, cán bộ ngồi bấm điện thoại. Tôi phản ánh việc này.',
    'feedback',
  ],
  ['water pipe burst on Le Loi street, water everywhere for 2 days, please fix', 'feedback'],
  ['Chó thả rông cắn người ở khu phố 4, đã có 2 cháu bị cắn, đề nghị phường xử lý', 'feedback'],

  // feedback_ticket (8)
  [`Phản ánh số ${H18_TICKET_A} của tôi xử lý đến đâu rồi?`, 'feedback_ticket'],
  [`${H18_TICKET_B}`, 'feedback_ticket'],
  [`any update on my report ${H18_TICKET_C}? It's been 3 weeks`, 'feedback_ticket'],
  [`ma phan anh ${H18_TICKET_D} sao chua thay tra loi`, 'feedback_ticket'],
  [`Tôi gửi phản ánh vụ mương bị vỡ, mã ${H18_TICKET_E}, đến giờ đã có ai xuống xem chưa ạ?`, 'feedback_ticket'],
  [`Kiểm tra tình trạng phiếu phản ánh ${H18_TICKET_A} giúp tôi. Kiểm tra giúp với nhé`, 'feedback_ticket'],
  [`check status ${H18_TICKET_B} giúp mình`, 'feedback_ticket'],
  [`Kiến nghị ${H18_TICKET_C} tôi gửi từ tháng trước đã có kết quả trả lời chưa vậy?`, 'feedback_ticket'],

  // my_feedback (6)
  ['Tôi muốn xem lại mấy lần phản ánh về con mương với đường làng mà tôi gửi trước đây', 'my_feedback'],
  ['can u show every complaint i sent here so far', 'my_feedback'],
  ['nhung kien nghi minh gui truoc day dau het roi, cho xem lai', 'my_feedback'],
  ['Tôi đã gửi mấy phản ánh qua đây, muốn xem lại toàn bộ và tình trạng từng cái', 'my_feedback'],
  ['các phản ánh đã gửi của mình', 'my_feedback'],
  ['Cho tôi xem danh sách những kiến nghị mình đã gửi từ đầu năm', 'my_feedback'],

  // handoff (7)
  ['Chờ mãi rồi, làm ơn cho tôi gặp một cán bộ thật để trao đổi', 'handoff'],
  ['gặp người thật được không, chat với máy không hiểu', 'handoff'],
  ['Can I talk to a real person please? My case is complicated', 'handoff'],
  ['Tôi cần trao đổi với nhân viên tư vấn ngay, việc gấp', 'handoff'],
  ['ket noi can bo ho tro giup toi', 'handoff'],
  ['Bố mẹ tôi già không rành điện thoại, tôi muốn chat trực tiếp với một cán bộ để hỏi cho rõ', 'handoff'],
  ['chuyển cho tổng đài viên', 'handoff'],

  // help (5)
  ['Hướng dẫn sử dụng chatbot này thế nào?', 'help'],
  ['số điện thoại đường dây nóng của văn phòng là gì', 'help'],
  ['How does this work? How do I use it?', 'help'],
  ['dia chi trung tam phuc vu hanh chinh cong tinh o dau, may gio lam viec', 'help'],
  ['Mình mới dùng lần đầu, không biết gõ gì, chỉ giúp mình cách dùng với', 'help'],

  // menu (5)
  ['mở menu chính', 'menu'],
  ['Bạn làm được những gì?', 'menu'],
  ['what services do you offer?', 'menu'],
  ['thôi làm lại từ đầu, cho xem các mục', 'menu'],
  ['danh sach dich vu', 'menu'],

  // language (4)
  ['Could you answer me in English? tiếng Việt mình đọc chậm', 'language'],
  ['Chuyển sang tiếng Anh giúp tôi, con tôi ở nước ngoài về đọc không rành tiếng Việt', 'language'],
  ['Can we continue in Vietnamese?', 'language'],
  ['doi sang tieng anh duoc khong', 'language'],

  // subscriptions (6)
  ['Đăng ký nhận thông báo của xã Phước Hòa', 'subscriptions'],
  ['Tôi muốn nhận tin về lịch thời vụ, phòng chống thiên tai cho nông dân', 'subscriptions'],
  ['đăng ký nhận cảnh báo lũ lụt', 'subscriptions'],
  ['Tôi đang đăng ký nhận những tin gì?', 'subscriptions'],
  ['dang ky nhan tin tuyen sinh', 'subscriptions'],
  ['I want to receive updates about my commune, xem giúp mình đã subscribe những gì rồi', 'subscriptions'],

  // unsubscribe (5)
  ['hủy đăng ký nhận tin thông báo của tỉnh', 'unsubscribe'],
  ['cancel nhận tin giúp mình', 'unsubscribe'],
  ['I no longer want the news broadcasts from this account, please remove me', 'unsubscribe'],
  ['Không muốn nhận thông báo từ OA nữa, ngày nào cũng mấy tin', 'unsubscribe'],
  ['thoi khong nhan tin thong bao cua xa nua', 'unsubscribe'],

  // welcome (4)
  ['Xin chào cán bộ', 'welcome'],
  ['helo ad oi', 'welcome'],
  ['Chào buổi sáng anh chị trực OA', 'welcome'],
  ['hi hi, chào mọi người', 'welcome'],

  // my_data (4)
  ['Các anh chị đang lưu những thông tin cá nhân gì của tôi?', 'my_data'],
  ['Which of my personal details are stored in your system?', 'my_data'],
  ['he thong dang giu nhung du lieu gi ve toi vay', 'my_data'],
  ['Tôi muốn biết OA này lưu số điện thoại và thông tin gì của tôi', 'my_data'],

  // erase_my_data (4)
  ['Xóa toàn bộ dữ liệu cá nhân của tôi', 'erase_my_data'],
  ['pls remove all my info from your records', 'erase_my_data'],
  ['xoa thong tin cua toi khoi he thong', 'erase_my_data'],
  ['Tôi không dùng nữa, đề nghị xóa số điện thoại và mọi thông tin của tôi đã lưu', 'erase_my_data'],

  // none (12)
  ['vàng SJC chiều nay mua vào bán ra thế nào ad', 'none'],
  ['Trận chung kết bóng đá nữ tối mai chiếu kênh nào?', 'none'],
  ['Bạn nghĩ sao về ông chủ tịch tỉnh, nên ủng hộ ai?', 'none'],
  ['Cho tôi vay 20 triệu được không, lãi suất bao nhiêu', 'none'],
  ['Chồng tôi ngoại tình, tôi nên làm gì?', 'none'],
  [`Bán phân bón NPK giá rẻ tận ruộng, bao ship, liên hệ ${H18_PHONE_SPAM}`, 'none'],
  ['Where can I buy a good bowl of phở near here?', 'none'],
  ['buồn quá, hát cho tôi nghe một bài đi', 'none'],
  ['Giá lúa tuần này thương lái mua bao nhiêu 1 ký vậy?', 'none'],
  ['em ơi tối nay rảnh không đi cà phê với anh', 'none'],
  ['Who do you think will win the US election?', 'none'],
  ['Tôi muốn mua xe máy cũ trả góp, shop nào uy tín?', 'none'],
];

/**
 * Held-out 19: written blind on 2026-12-04 by a helper who read only the list of labels, before the round of tuning
 * that it measures; voice-to-text transcriptions (codes spoken as words, misheard words) and Central and Southern speech.
 */
// Batch 19 (held-out): voice-to-text transcriptions + Central / Southern regional speech.

const H19_CODE_1 = '000.00.15.H02-260312-0041';
const H19_CODE_2 = '000.00.21.H33-260205-0117';
const H19_CODE_3 = '000.00.07.H46-251228-0009';
const H19_CODE_4 = '000.00.12.H54-260118-0236';
const H19_CODE_5 = '000.00.03.H31-260227-0058';
const H19_CODE_6 = '000.00.19.H27-260304-0412';
const H19_CODE_7 = '000.00.24.H49-251119-0073';
const H19_CODE_8 = '000.00.11.H52-260109-0150';
const H19_CODE_9 = '000.00.05.H40-260222-0321';
const H19_CODE_10 = '000.00.16.H37-260301-0088';
const H19_CODE_2_SPACED = '000 00 21 H33 260205 0117';
const H19_CODE_3_NODOTS = '0000007H462512280009';
const H19_CODE_6_SPACED = '000 00 19 h27 260304 0412';
const H19_CODE_SPOKEN_1 =
  'không không không chấm không không chấm mười lăm chấm hát không hai gạch ngang hai sáu không ba một hai gạch ngang không không bốn một';
const H19_CODE_SPOKEN_2 =
  'không không không chấm không không chấm không bảy chấm hắt bốn sáu gạch ngang hai năm một hai hai tám gạch ngang không không không chín';
const H19_CODE_SPOKEN_3 = '000 chấm 00 chấm 12 chấm h 54 gạch ngang 260118 gạch ngang 0236';
const H19_CODE_SPOKEN_4 =
  'không không không chấm không không chấm hai mươi bốn chấm hát bốn chín gạch ngang hai năm một một một chín gạch ngang không không bảy ba';

const H19_PHONE_1 = '0912345678';
const H19_PHONE_SPOKEN = 'không chín tám ba bốn năm sáu bảy tám chín';

const H19_TICKET_1 = 'PA-ZL-2026-000318';
const H19_TICKET_2 = 'PA-2026-000092';
const H19_TICKET_3 = 'PA-ZL-2026-001245';
const H19_TICKET_4 = 'PA-2026-000517';
const H19_TICKET_5 = 'PA-ZL-2026-000764';
const H19_TICKET_6 = 'PA-2026-001003';
const H19_TICKET_SPOKEN = 'pê a gạch ngang dét lờ gạch ngang hai không hai sáu gạch ngang không không không một hai ba';
const H19_TICKET_SPACED = 'PA ZL 2026 000 431';

const H19_TAX_1 = '4101234562';
const H19_TAX_2 = '3109876545';
const H19_TAX_SPOKEN = 'không bốn không một năm sáu bảy tám chín ba';
const H19_TAX_3 = '2803456121';
const H19_TAX_4_SPACED = '370 777 1235';
const H19_TAX_5 = '1802345674';

const batch19Heldout: [string, string][] = [
  // ---------------- dossier (14)
  [`hồ sơ ${H19_CODE_1} của tui ra kết quả chưa vậy`, 'dossier'],
  [`ho so ma so ${H19_CODE_SPOKEN_1} toi mo roi`, 'dossier'],
  [`mã ${H19_CODE_2_SPACED} răng chưa thấy trả rứa hỉ`, 'dossier'],
  ['hồ sơ tui nộp bữa hổm ở ủy ban xã giờ sao rồi hổng biết nữa', 'dossier'],
  [`kiểm tra giúp tôi hồ sơ số ${H19_CODE_3_NODOTS}`, 'dossier'],
  ['cho hoi cai ho so cap doi so do cua ba toi bao gio thi co ket qua', 'dossier'],
  [`tra cứu hổ sơ mã ${H19_CODE_SPOKEN_2}`, 'dossier'],
  ['con nộp giấy tờ xin tách thửa hồi tháng trước mà chừ chưa thấy ai kêu ra lấy răng rứa', 'dossier'],
  [`${H19_CODE_4} quá ngày hẹn rồi mà chưa có kết quả hả em`, 'dossier'],
  [`ông bà già tui có bộ hồ sơ đăng ký biến động đất mã ${H19_CODE_5} coi giùm tới đâu rồi nhen`, 'dossier'],
  [`hồ sơ ${H19_CODE_SPOKEN_3}`, 'dossier'],
  ['em ơi cái hồ sơ chuyển nhượng đất của bả nộp trên huyện tới bước nào rồi em', 'dossier'],
  [`ngày hẹn trả kết quả của ${H19_CODE_6_SPACED} là ngày mấy`, 'dossier'],
  [`what is the status of dossier ${H19_CODE_7}`, 'dossier'],

  // ---------------- my_dossiers (8)
  ['tui có mấy bộ hồ sơ đang nộp coi hết giùm tui', 'my_dossiers'],
  [`xem tất cả hồ sơ của tôi số điện thoại ${H19_PHONE_1}`, 'my_dossiers'],
  ['ho so dung ten toi co bao nhieu bo liet ke ra giup', 'my_dossiers'],
  ['mấy cái hồ sơ tui nộp từ đầu năm tới giờ liệt kê ra giùm nhen', 'my_dossiers'],
  ['tôi có những hồ sơ nào đang giải quyết hỉ', 'my_dossiers'],
  ['mở hết mấy hồ sơ đứng tên tui ra coi thử coi', 'my_dossiers'],
  ['which applications have i filed so far list them', 'my_dossiers'],
  [`kiểm tra các hồ sơ đứng tên số điện thoại ${H19_PHONE_SPOKEN}`, 'my_dossiers'],

  // ---------------- dossier_follow (8)
  [`hồ sơ ${H19_CODE_8} khi mô có kết quả thì nhắn cho tui biết với`, 'dossier_follow'],
  [`bao cho toi khi ho so ${H19_CODE_9} co ket qua nhe`, 'dossier_follow'],
  [`theo dõi hồ sơ ${H19_CODE_SPOKEN_4}`, 'dossier_follow'],
  [`có gì mới về hồ sơ đất của tui thì báo tui hay nghen mã ${H19_CODE_10}`, 'dossier_follow'],
  [
    `tui ở ngoài rẫy hổng coi điện thoại thường ${H19_CODE_1} mà đổi trạng thái thì nhắn báo tui liền`,
    'dossier_follow',
  ],
  [`nhờ canh giùm hồ sơ ${H19_CODE_4} có động tĩnh gì báo tui`, 'dossier_follow'],
  [`notify me when ${H19_CODE_2} changes`, 'dossier_follow'],
  [`đăng ký nhận tin khi hồ sơ ${H19_CODE_5} được duyệt`, 'dossier_follow'],

  // ---------------- dossier_unfollow (5)
  [`thôi đừng báo hồ sơ ${H19_CODE_8} nữa tui lấy kết quả rồi`, 'dossier_unfollow'],
  [`bỏ theo dõi hồ sơ ${H19_CODE_SPOKEN_1}`, 'dossier_unfollow'],
  [`hủy nhận thông báo về hồ sơ ${H19_CODE_6}`, 'dossier_unfollow'],
  [`ho so ${H19_CODE_9} xong roi khong can bao nua nhen`, 'dossier_unfollow'],
  [`ngưng theo dõi cái ${H19_CODE_3} ni giùm`, 'dossier_unfollow'],

  // ---------------- follows (5)
  ['tui đang theo dõi mấy hồ sơ dzậy', 'follows'],
  ['mấy hồ sơ mà tui bấm nhận báo tin á coi lại giùm', 'follows'],
  ['coi lại mấy cái hồ sơ tui nhờ báo tin đó', 'follows'],
  ['nhung ho so nao dang duoc bao tin cho toi', 'follows'],
  ['hồ sơ mô tui bấm theo dõi rồi hỉ kể ra coi', 'follows'],

  // ---------------- procedure (16)
  ['làm giấy khai xinh cho cháu nội cần giấy tờ chi', 'procedure'],
  ['thu tuc sang ten so do mat bao lau', 'procedure'],
  ['muốn đăng ký kết hôn thì nộp ở mô', 'procedure'],
  ['tui muốn xin phép cất nhà trên đất vườn thì phải làm sao', 'procedure'],
  ['lệ phí cấp lại sổ đổ bị mất hết bao nhiêu tiền', 'procedure'],
  ['chứng thực bản sao giấy tờ thì ra xã hay lên huyện dzậy', 'procedure'],
  ['khai tử cho ông già tui cần mang theo giấy gì', 'procedure'],
  ['thủ tục đăng ký hộ kinh doanh bán tạp hóa ngoài chợ', 'procedure'],
  ['má tui tám mươi tuổi rồi làm sao xin trợ cấp người cao tuổi', 'procedure'],
  ['tách thửa đất nông nghiệp cần thủ tục gì hỉ', 'procedure'],
  ['how do i register a birth for my baby', 'procedure'],
  ['đăng ký thường trú cho vợ mới cưới về thì cần chi', 'procedure'],
  ['xin giấy xác nhận tình trạng hôn nhân mất mấy ngày', 'procedure'],
  ['chuyển đất lúa qua đất thổ cư thủ tục sao nè', 'procedure'],
  ['bằng lái xe máy bị rách hư rồi đổi lại thì làm răng', 'procedure'],
  ['muốn đăng ký cho chiếc ghe đánh cá thì nộp hồ sơ chỗ nào', 'procedure'],

  // ---------------- business (9)
  [`mã số thuế ${H19_TAX_1} là công ty gì`, 'business'],
  [`tra cứu mã số thuế ${H19_TAX_SPOKEN}`, 'business'],
  ['công ty vật liệu xây dựng Phú Thịnh còn hoạt động hông', 'business'],
  [`cty ${H19_TAX_2} con hoat dong k`, 'business'],
  ['cái doanh nghiệp thu mua lúa tên Hoàng Phát ở xã tui có đăng ký đàng hoàng hông dzậy', 'business'],
  [`kiểm tra giùm mst ${H19_TAX_3}-001 chi nhánh ở đâu`, 'business'],
  ['tra thông tin hợp tác xã nông nghiệp An Lộc', 'business'],
  [`${H19_TAX_4_SPACED} là doanh nghiệp nào rứa`, 'business'],
  [`công ty mã ${H19_TAX_5} ở bển còn làm ăn hay đóng cửa rồi`, 'business'],

  // ---------------- feedback (15)
  ['đường vô xóm tui có ổ gà bự lắm xe chạy té hoài', 'feedback'],
  ['ở chợ có người đổ rác xuống mương hôi thối quá trời', 'feedback'],
  ['phản ảnh đèn đường thôn ba hư cả tháng nay tối thui', 'feedback'],
  ['karaoke nhà kế bên hát tới mười hai giờ khuya ồn quá ngủ hổng được', 'feedback'],
  ['mưa xuống là nước ngập ngang gối cả con hẻm không thoát đi đâu được', 'feedback'],
  ['cán bổ một cửa ở xã nói chuyện cộc lốc với người già hách dịch lắm', 'feedback'],
  ['có người xây nhà lấn ra lề đường mà không có giấy phép gì hết', 'feedback'],
  ['tui góp ý nên làm cái mái che chỗ ngồi chờ ở bộ phận một cửa bà con đứng nắng tội lắm', 'feedback'],
  ['cây cầu khỉ qua ruộng gãy rồi ai lo sửa giùm bà con với', 'feedback'],
  ['xe tải chở cát chạy ban đêm làm bể hết đường làng bụi mù mịt', 'feedback'],
  ['trại heo gần nhà xả nước thải ra kênh thúi um ai chịu nổi', 'feedback'],
  ['bờ kè sông sạt lở sát nhà tui rồi nguy hiểm lắm', 'feedback'],
  ['cây xanh trước trường ngã đè lên dây điện mấy bữa nay chưa ai dọn', 'feedback'],
  ['gui phan anh ve viec lan chiem via he o cho dem', 'feedback'],
  ['chợ chồm hổm họp dưới lòng đường sáng nào cũng kẹt xe', 'feedback'],

  // ---------------- feedback_ticket (8)
  [`phản ánh số ${H19_TICKET_1} xử lý tới đâu rồi`, 'feedback_ticket'],
  [H19_TICKET_SPOKEN, 'feedback_ticket'],
  [`tra phản ánh ${H19_TICKET_2}`, 'feedback_ticket'],
  [`cái phản ánh ${H19_TICKET_3} tui gửi bữa trước có ai trả lời chưa nhen`, 'feedback_ticket'],
  [`ma phan anh ${H19_TICKET_4} sao chua thay giai quyet`, 'feedback_ticket'],
  [`kiểm tra giùm phiếu phản ánh số ${H19_TICKET_SPACED}`, 'feedback_ticket'],
  [`${H19_TICKET_5} răng rồi`, 'feedback_ticket'],
  [`status of feedback ${H19_TICKET_6}`, 'feedback_ticket'],

  // ---------------- my_feedback (6)
  ['mấy cái phản ánh tui gửi hồi giờ coi lại được hông', 'my_feedback'],
  ['danh sách phản ánh của tôi', 'my_feedback'],
  ['tui có gửi kiến nghị mấy lần rồi mà hổng biết trả lời chưa coi hết giùm', 'my_feedback'],
  ['xem cac kien nghi toi da gui', 'my_feedback'],
  ['phản ánh của tui nằm mô hết rồi hỉ', 'my_feedback'],
  ['những phản ánh tôi đã gửi được trả lời chưa', 'my_feedback'],

  // ---------------- handoff (7)
  ['cho tui nói chuyện với cán bộ thiệt đi', 'handoff'],
  ['gặp người thật được không con máy này tui hổng biết xài', 'handoff'],
  ['cho gặp cán bộ phụ trách', 'handoff'],
  ['alo alo có ai trực hông cho tui hỏi người thiệt', 'handoff'],
  ['noi chuyen may khong hieu cho toi gap chu can bo nao do', 'handoff'],
  ['tui già rồi nhắn hổng rành cho tui gặp cô cậu nào đang trực', 'handoff'],
  ['mi chuyển cho người nào nói chuyện với tau được không', 'handoff'],

  // ---------------- help (5)
  ['cái này dùng sao vậy con', 'help'],
  // Asking what the bot can do is labelled menu, as in the earlier batches (the help flow gives the hotline, address
  // and hours); relabelled when this batch was studied.
  ['cái tổng đài tự động ni giúp được việc chi cho bà con', 'menu'],
  ['chi tui cach nhan tin hoi tren trang nay voi', 'help'],
  ['tui mới vô hổng biết bấm chi hết chỉ tui cách xài với', 'help'],
  // Asking what the bot can do is labelled menu, as in the earlier batches (the help flow gives the hotline, address
  // and hours); relabelled when this batch was studied.
  ['trang ni hỏi được những chuyện chi', 'menu'],

  // ---------------- menu (5)
  ['cho tui coi mấy cái nút chọn lúc đầu á', 'menu'],
  ['mở lại bảng chọn chức năng chính dùm', 'menu'],
  ['cho coi danh mục chức năng', 'menu'],
  ['quay về trang chính', 'menu'],
  ['hiện mê nu lên', 'menu'],

  // ---------------- language (4)
  ['can you talk in english my vietnamese is not good', 'language'],
  ['chuyển qua tiếng việt đi con tui hổng biết tiếng anh', 'language'],
  ['cho doi qua tieng anh de con tui doc', 'language'],
  ['cho tui đổi qua tiếng Việt nhen', 'language'],

  // ---------------- subscriptions (6)
  ['đăng ký nhận thông báo lịch cúp điện ở xã tui', 'subscriptions'],
  ['có thông báo gì về lịch tiêm phòng cho heo gà thì gửi tui nha', 'subscriptions'],
  ['xa tui cup nuoc thi bao truoc cho tui nha dang ky o dau', 'subscriptions'],
  ['có những loại thông báo nào đăng ký được', 'subscriptions'],
  ['tui muốn nhận thông báo bão lũ của tỉnh', 'subscriptions'],
  ['quản lý mấy mục nhận tin tui đã đăng ký', 'subscriptions'],

  // ---------------- unsubscribe (5)
  ['đừng gửi thông báo nữa', 'unsubscribe'],
  ['mấy cái tin lịch cúp điện đó tui hổng cần nữa bỏ giùm', 'unsubscribe'],
  ['thôi khỏi gởi tin cho tui nữa nhen điện thoại đầy hết rồi', 'unsubscribe'],
  ['thoi dung nhan tin thong bao ve may so dien thoai nay nua', 'unsubscribe'],
  ['tin nhắn thông báo gửi tới hoài phiền quá tắt giùm', 'unsubscribe'],

  // ---------------- welcome (4)
  ['a lô ủy ban đó hả', 'welcome'],
  ['chào ad nhen', 'welcome'],
  ['chào mấy cô chú cán bộ buổi sáng', 'welcome'],
  ['dạ con chào cô chú', 'welcome'],

  // ---------------- my_data (4)
  ['bot đang lưu thông tin gì của tui', 'my_data'],
  ['trang ni đang cất giữ những thông tin chi về tui rứa', 'my_data'],
  ['mấy người giữ số điện thoại với tên tui hả coi lại được không', 'my_data'],
  ['what personal data do you store about me', 'my_data'],

  // ---------------- erase_my_data (4)
  ['xóa hết thông tin của tui đi', 'erase_my_data'],
  ['xoa du lieu ca nhan cua toi', 'erase_my_data'],
  ['tui không muốn mấy người giữ số điện thoại tui nữa xóa giùm', 'erase_my_data'],
  ['please erase everything you saved about me', 'erase_my_data'],

  // ---------------- none (12)
  ['giá lúa hôm nay bao nhiêu một ký', 'none'],
  ['mai có mưa hông', 'none'],
  ['ai bán phân bón giá rẻ hông', 'none'],
  ['tui bán xoài cát hòa lộc ai mua nhắn tui', 'none'],
  ['nuôi bò muốn vay mấy chục triệu ngân hàng nào lãi thấp', 'none'],
  ['con tui học lớp năm bài toán này giải sao', 'none'],
  ['khu công nghiệp có tuyển người làm hông', 'none'],
  ['tối nay việt nam đá với thái lan mấy giờ', 'none'],
  ['giá vàng bữa nay lên hay xuống', 'none'],
  ['nhà bên cạnh mượn tiền tui không trả giờ làm răng', 'none'],
  ['ăn cơm chưa ad', 'none'],
  ['tra tiền điện tháng này ở đâu vậy', 'none'],
];

/**
 * Held-out 20: written blind on 2026-12-04 by a helper who read only the list of labels, before the round of tuning
 * that it measures; young people's teencode and emojis, annoyed or hurried citizens, foreigners and overseas Vietnamese in English or broken
 * Vietnamese, text pasted from forms and receipts.
 */
const H20_CODE_A = '000.00.15.H02-260114-0037';
const H20_CODE_B = '000.00.22.H02-251203-0412';
const H20_CODE_C = '000.00.08.H02-260205-0009';
const H20_CODE_D = '000.00.31.H02-251118-1275';
const H20_CODE_E = '000.00.15.H02-260302-0560';
const H20_CODE_B_NODOTS = '0000022H02 251203 0412';
const H20_CODE_F_PLAIN = '00000.19.H02260121-0088';
const H20_TAX_A = '2301123457';
const H20_TAX_B = '0105739214';
const H20_TAX_C = '5900345172';
const H20_TAX_D = '4809172634';
const H20_TAX_BRANCH = '0101243150-001';
const H20_PHONE_A = '0912458301';
const H20_PHONE_B = '0367220914';
const H20_TICKET_A = 'PA-ZL-2026-000318';
const H20_TICKET_B = 'PA-2026-000092';
const H20_TICKET_C = 'PA-ZL-2026-001047';
const H20_TICKET_D = 'PA-2026-000415';

const batch20Heldout: [string, string][] = [
  // dossier 14
  [`${H20_CODE_A} ns z tới đâu r ad`, 'dossier'],
  [`Mã hồ sơ: ${H20_CODE_B}\nNgày hẹn trả: 25/12/2025\nsao h chưa có kq vậy, tôi đợi quá hạn cả tháng rồi`, 'dossier'],
  [`hs ${H20_CODE_C} xong chưa 🥲🥲`, 'dossier'],
  [`Số biên nhận ${H20_CODE_D} - Người nộp: Trần Thị Mai. Check giúp e vs`, 'dossier'],
  [`hi, I submitted an application last month, receipt no. ${H20_CODE_E}. Is it ready?`, 'dossier'],
  [`${H20_CODE_B_NODOTS}`, 'dossier'],
  [
    `cho em hỏi bộ hồ sơ em nộp ở bộ phận một cửa huyện hôm 21/1 đã giải quyết tới bước nào rồi ạ, mã ${H20_CODE_F_PLAIN}`,
    'dossier',
  ],
  [`hồ sơ cấp đổi GPLX của tui bao h mới có kết quả dzậy, đợi mòn mỏi lun`, 'dossier'],
  [`toi co nop ho so, muon biet tinh trang ho so, ko biet xem o dau`, 'dossier'],
  [`tra cuu tien do ho so giup minh, ma ${H20_CODE_A}, minh dang can gap`, 'dossier'],
  [
    `Xin chào, em là Việt kiều ở Úc, nhờ người nhà nộp hồ sơ trích lục khai sinh giùm, mã ${H20_CODE_C}. Hồ sơ đã được trả chưa ạ?`,
    'dossier',
  ],
  [`nhanh giùm cái, ${H20_CODE_D} hẹn trả thứ 6 tuần trước mà giờ chưa thấy gọi`, 'dossier'],
  [`can you check status of my file, the paper says "Mã hồ sơ ${H20_CODE_E}"`, 'dossier'],
  [`hs của e bị trả về hay sao ý, ktra giùm e cái ${H20_CODE_B}`, 'dossier'],

  // my_dossiers 8
  [`e có mấy hồ sơ đang nộp v ad, liệt kê hết ra giùm e`, 'my_dossiers'],
  [`xem tất cả hs của mình`, 'my_dossiers'],
  [`sdt ${H20_PHONE_A} nộp những hồ sơ nào rồi ạ`, 'my_dossiers'],
  [`show me all my applications pls`, 'my_dossiers'],
  [`ds hồ sơ của t đâu`, 'my_dossiers'],
  [`nho tra het cac ho so dung ten so dt ${H20_PHONE_B}, toi nop nhieu quá ko nho ma`, 'my_dossiers'],
  [`mấy cái hồ sơ tui nộp từ đầu năm tới giờ sao rồi, coi hết 1 lượt giùm`, 'my_dossiers'],
  [`tui muốn coi lại toàn bộ mấy bộ hồ sơ đứng tên tui, đang chờ lâu quá mà ko nhớ nộp cái nào`, 'my_dossiers'],

  // dossier_follow 8
  [`hs ${H20_CODE_A} có kq thì nhắn e liền nha 🙏`, 'dossier_follow'],
  [`báo tui khi nào hồ sơ xong, chứ ngày nào cũng vô hỏi mệt lắm`, 'dossier_follow'],
  [`theo dõi hồ sơ ${H20_CODE_D}`, 'dossier_follow'],
  [`please notify me when my application ${H20_CODE_E} changes status`, 'dossier_follow'],
  [`bật thông báo cho hồ sơ ${H20_CODE_C} giúp mình`, 'dossier_follow'],
  [`co gi moi ve ho so ${H20_CODE_B} thi bao minh qua zalo nhe`, 'dossier_follow'],
  [`hồ sơ mình chuyển bước nào thì ib mình vs đc hok`, 'dossier_follow'],
  [`I'm abroad and can't keep checking, can the bot ping me once my file is done?`, 'dossier_follow'],

  // dossier_unfollow 5
  [`thôi khỏi báo hs ${H20_CODE_A} nữa, e lấy kq r`, 'dossier_unfollow'],
  [`bỏ theo dõi hồ sơ ${H20_CODE_D}`, 'dossier_unfollow'],
  [`stop updates for ${H20_CODE_E}, already picked it up`, 'dossier_unfollow'],
  [`ngung nhan cap nhat trang thai ho so ${H20_CODE_C}`, 'dossier_unfollow'],
  [`hồ sơ đó xong rồi mà cứ nhắn hoài, tắt theo dõi dùm`, 'dossier_unfollow'],

  // follows 5
  [`e đang theo dõi mấy hồ sơ z`, 'follows'],
  [`which files am I following?`, 'follows'],
  [`ds hs đang nhận tb trạng thái`, 'follows'],
  [`xem cac ho so minh da bam theo doi`, 'follows'],
  [`Những hồ sơ nào đang được báo tiến độ cho tôi vậy`, 'follows'],

  // procedure 16
  [`làm cccd cho con 14t cần j v ad`, 'procedure'],
  [`how do I register my marriage to a Vietnamese citizen here? what documents?`, 'procedure'],
  [`thu tuc sang ten so do mat bao lau, phi bao nhieu`, 'procedure'],
  [`xin giấy phép xây nhà ở nông thôn có cần ko hay cứ xây lun dc`, 'procedure'],
  [`e mún đăng ký kết hôn thì đi đâu làm ạ 💍`, 'procedure'],
  [`Work permit for foreigners in the province - where to apply and how long does it take?`, 'procedure'],
  [`trích lục khai sinh bản sao xin ở đâu, e ở nước ngoài có làm online đc ko`, 'procedure'],
  [`hồ sơ đăng ký hộ kinh doanh gồm những gì`, 'procedure'],
  [`lam lai giay khai sinh bi mat thi sao`, 'procedure'],
  [`đăng ký tạm trú cho người nước ngoài thuê nhà mình, thủ tục sao ạ`, 'procedure'],
  [`chuyển hộ khẩu, à giờ là chuyển thường trú, cần giấy tờ gì`, 'procedure'],
  [`phí cấp đổi bằng lái xe là bao nhiu vậy mn`, 'procedure'],
  [`Tôi về nước ăn Tết, muốn làm giấy xác nhận tình trạng hôn nhân, cần mang theo gì?`, 'procedure'],
  [`khai tử cho ông nội thì làm ở xã hay huyện`, 'procedure'],
  [`cấp phiếu lý lịch tư pháp số 2 mất mấy ngày`, 'procedure'],
  [`xin cấp lại sổ hồng bị cháy`, 'procedure'],

  // business 9
  [`MST: ${H20_TAX_A}`, 'business'],
  [`cty mst ${H20_TAX_B} con hd ko ad`, 'business'],
  [`Công ty TNHH Thương mại Minh Phát còn hoạt động không vậy, định ký hợp đồng mà sợ bị lừa`, 'business'],
  [`check this company tax code ${H20_TAX_C}, is it legit?`, 'business'],
  [
    `Tên đơn vị: CÔNG TY CP XÂY DỰNG HOÀNG LONG\nMã số thuế: ${H20_TAX_D}\nĐịa chỉ: ...\ntra giúp tình trạng dn này`,
    'business',
  ],
  [`chi nhánh ${H20_TAX_BRANCH} là của cty nào z`, 'business'],
  [`tra cứu doanh nghiệp theo tên: Phúc Thịnh`, 'business'],
  [`${H20_TAX_A} ai là người đại diện pháp luật`, 'business'],
  [`cái shop online này ghi hóa đơn mst ${H20_TAX_C}, ktra coi có thật ko`, 'business'],

  // feedback 15
  [`đường vô xóm e ổ gà to đùng, tối qua có ng té xe r 😡`, 'feedback'],
  [`muốn phản ánh vụ karaoke hàng xóm hát tới 1h sáng`, 'feedback'],
  [`den duong o hem 45 tat ca tuan nay roi, toi om nguy hiem lam`, 'feedback'],
  [`rác đổ đầy đầu cầu 3 ngày ko ai dọn, bốc mùi kinh khủng`, 'feedback'],
  [`I want to report a problem: the drain on my street floods every time it rains`, 'feedback'],
  [`cán bộ ở UBND xã thái độ quá tệ, hỏi có câu mà quát, tôi muốn góp ý`, 'feedback'],
  [`nhà bên cạnh xây lấn ra lề đường, ko có giấy phép gì hết, báo cho ai`, 'feedback'],
  [`đợi 2 tiếng ở bộ phận một cửa mà ko ai tiếp, gửi kiến nghị`, 'feedback'],
  [`cây đổ chắn ngang đường Lê Lợi từ sáng tới giờ`, 'feedback'],
  [`xe tải chạy ban đêm bụi mù mịt, dân ko chịu nổi nữa`, 'feedback'],
  [`có cái xưởng xả nước thải đen thui ra kênh nha ad, hôi lắm`, 'feedback'],
  [`e kiến nghị lắp thêm đèn giao thông ngã tư chợ, tuần nào cũng có tai nạn`, 'feedback'],
  [`gop y: nen co cho gui xe o trung tam hanh chinh, nang qua phai dung ngoai duong`, 'feedback'],
  [`Nước máy mấy hôm nay đục ngầu, có mùi lạ`, 'feedback'],
  [`chó thả rông cắn người trong khu phố mà ko ai xử lý`, 'feedback'],

  // feedback_ticket 8
  [`${H20_TICKET_A} xử lý tới đâu r`, 'feedback_ticket'],
  [`phan anh so ${H20_TICKET_B} gui 2 tuan roi chua thay tra loi`, 'feedback_ticket'],
  [`Mã phản ánh: ${H20_TICKET_C}`, 'feedback_ticket'],
  [`status of my report ${H20_TICKET_D}?`, 'feedback_ticket'],
  [`cái pa ${H20_TICKET_A} sao bị đóng rồi mà ổ gà vẫn còn nguyên`, 'feedback_ticket'],
  [`ktra giúp e ${H20_TICKET_D} nhaaa`, 'feedback_ticket'],
  [`phản ánh mã ${H20_TICKET_C} đã có cơ quan nào nhận chưa`, 'feedback_ticket'],
  [`${H20_TICKET_B}`, 'feedback_ticket'],

  // my_feedback 6
  [`mấy cái phản ánh e gửi có ai trả lời chưa`, 'my_feedback'],
  [`xem lại các kiến nghị tôi đã gửi`, 'my_feedback'],
  [`my complaints - any replies yet?`, 'my_feedback'],
  [`pa cua minh dau het r, ko thay`, 'my_feedback'],
  [`tháng trước tui có báo vụ đèn đường, mà quên mất số, coi giùm mấy cái tui gửi`, 'my_feedback'],
  [`lịch sử phản ánh của tôi`, 'my_feedback'],

  // handoff 7
  [`cho gặp ng thật đi, bot trả lời ko đúng ý`, 'handoff'],
  [`can I talk to a real officer? English please`, 'handoff'],
  [`noi chuyen voi can bo dum, gap lam`, 'handoff'],
  [`ad ơi có ai trực ko, e cần hỏi trực tiếp`, 'handoff'],
  [`chuyển máy cho nhân viên giùm, chat với máy mệt quá`, 'handoff'],
  [`tôi muốn được cán bộ tư vấn trực tiếp`, 'handoff'],
  [`có ai đó là người ko hay toàn bot vậy 😤`, 'handoff'],

  // help 5
  // Asking what the bot can do is labelled menu, as in the earlier batches (the help flow gives the hotline, address
  // and hours); relabelled when this batch was studied.
  [`bot này làm đc j`, 'menu'],
  [`sorry, first time here - what kind of stuff can this chatbot handle for me?`, 'menu'],
  [`chỉ e cách xài con bot này vs, bấm hoài ko ra j 😵`, 'help'],
  [`dùng cái này sao ad, lần đầu xài`, 'help'],
  // Asking what the bot can do is labelled menu, as in the earlier batches (the help flow gives the hotline, address
  // and hours); relabelled when this batch was studied.
  [`Trợ lý ảo này hỗ trợ những việc gì vậy`, 'menu'],

  // menu 5
  [`ad gửi lại cái bảng chọn chức năng đi, lỡ tay xóa mất r`, 'menu'],
  [`hiện lại mấy nút bấm lúc đầu cho tui`, 'menu'],
  [`cho xem các lựa chọn`, 'menu'],
  [`main menu pls`, 'menu'],
  [`back to the start options plz`, 'menu'],

  // language 4
  [`english pls, my vietnamese is bad`, 'language'],
  [`e đọc tiếng Anh ko hiểu, bot nói tiếng Việt lại giùm e đi`, 'language'],
  [`Sorry I dont read Vietnamese well, could the bot talk to me in English from now on`, 'language'],
  [`cho minh doi ngon ngu cai bot sang tieng Anh, de ong chong Tay cua minh doc`, 'language'],

  // subscriptions 6
  [`đăng ký nhận tin cúp điện khu e vs`, 'subscriptions'],
  [`what announcements can I subscribe to?`, 'subscriptions'],
  [`mình muốn nhận thông báo về lịch tiêm chủng`, 'subscriptions'],
  [`quan ly cac muc thong bao dang nhan`, 'subscriptions'],
  [`có thông báo gì về tuyển sinh thì gửi e với nha`, 'subscriptions'],
  [`sub tin cảnh báo bão lũ`, 'subscriptions'],

  // unsubscribe 5
  [`đừng gửi tin nữa, spam quá trời`, 'unsubscribe'],
  [`huy dang ky nhan thong bao`, 'unsubscribe'],
  [`pls stop sending me those power outage alerts, I moved out of the province`, 'unsubscribe'],
  [`ko mún nhận mấy cái thông báo này nữa`, 'unsubscribe'],
  [`tắt hết tin báo đi ad`, 'unsubscribe'],

  // welcome 4
  [`helooo 👋`, 'welcome'],
  [`dạ em chào anh chị ạaa`, 'welcome'],
  [`alooo có ai hok 🙋`, 'welcome'],
  [`Good morning from Busan!`, 'welcome'],

  // my_data 4
  [`bot lưu những thông tin gì của e z`, 'my_data'],
  [`under the data protection law I want to see whatever info your system stored on me`, 'my_data'],
  [`cho minh coi ho so thong tin ma tong dai luu ve minh, sdt ten gi do`, 'my_data'],
  [`các bạn đang giữ sđt với tên tuổi gì của tôi, cho xem`, 'my_data'],

  // erase_my_data 4
  [`xóa hết dữ liệu của e đi`, 'erase_my_data'],
  [`I am leaving Vietnam for good, please wipe my phone number and everything you saved about me`, 'erase_my_data'],
  [`toi yeu cau xoa thong tin ca nhan cua toi khoi he thong`, 'erase_my_data'],
  [`xoá sđt của tôi ra khỏi bot, ko muốn lưu nữa`, 'erase_my_data'],

  // none 12
  [`mai trời có mưa ko ad`, 'none'],
  [`giá vàng hnay nhiu v`, 'none'],
  [`ai bik chỗ nào vay tiền nhanh ko`, 'none'],
  [`bên mình có tuyển nhân viên ko ạ, e mới ra trường`, 'none'],
  [`bán đất nền giá rẻ, lh ${H20_PHONE_A}`, 'none'],
  [`giải giúp e bài toán lớp 9 này vs 🥺`, 'none'],
  [`tối nay VN đá mấy giờ`, 'none'],
  [`any good pho restaurants near the city center?`, 'none'],
  [`hôm qua hồ sơ du học của e bị trường bên Úc từ chối, buồn quá`, 'none'],
  [`chồng tôi ngoại tình, tôi phải làm sao`, 'none'],
  [`ad ơi ad có ny chưa 😜`, 'none'],
  [`anyone know a good international school around here for my kids?`, 'none'],
];

/**
 * Held-out 21: written blind on 2026-12-04 by a helper who read only the list of labels, before the round of tuning
 * that it measures; older and formal writers (letters that tell a story first, a child writing for a parent), very short fragments
 * typed without diacritics or spaces, out-of-scope stories and opinions with no cue word.
 */
// Batch 21 held-out: formal/older writers, short no-diacritic fragments, long out-of-scope stories.
const H21_DOS_A = '000.00.15.H02-250311-0042';
const H21_DOS_B = '000.00.07.H40-250918-0107';
const H21_DOS_C = '000.00.22.H17-260105-0009';
const H21_DOS_D = '000.00.03.H56-251120-0233';
const H21_DOS_E = '000.00.11.H02-260212-0015';
const H21_DOS_F = '000.00.19.H40-251030-0088';
const H21_DOS_A_COMPACT = '0000015H022503110042';
const H21_DOS_C_SPACED = '000 00 22 H17 260105 0009';
const H21_MST_A = '0101243150';
const H21_MST_B = '2300900005';
const H21_MST_C = '3801123457';
const H21_MST_D = '2901234568';
const H21_MST_E = '3107778888';
const H21_MST_F = '5602143702';
const H21_MST_G = '2301456784';
const H21_MST_BRANCH = '0100109106-001';
const H21_TICKET_A = 'PA-ZL-2026-000318';
const H21_TICKET_B = 'PA-2026-000077';
const H21_TICKET_C = 'PA-ZL-2026-001204';
const H21_TICKET_D = 'PA-2026-000512';
const H21_TICKET_E = 'PA-ZL-2026-000049';
const H21_TICKET_F = 'PA-2026-000930';
const H21_TICKET_A_SPACED = 'PA ZL 2026 000318';
const H21_PHONE_A = '0912345678';
const H21_PHONE_B = '0387654321';

const batch21Heldout: [string, string][] = [
  // ---- dossier (14)
  [
    `Kính gửi Quý cơ quan. Tôi tên là Nguyễn Văn Thịnh, trú tại thôn Đông, xã Tân Lập. Ngày 11/3 tôi có nộp hồ sơ tại bộ phận một cửa, mã hồ sơ ${H21_DOS_A}. Đến nay đã quá hẹn mà chưa thấy ai gọi. Kính mong Quý cơ quan cho biết hồ sơ của tôi đang xử lý đến đâu. Trân trọng cảm ơn.`,
    'dossier',
  ],
  [`hoso ${H21_DOS_B}`, 'dossier'],
  [`${H21_DOS_A_COMPACT}`, 'dossier'],
  [
    `Con chào cán bộ ạ, con viết thay bố con vì bố con không dùng điện thoại được. Bố con có nộp hồ sơ cấp đổi sổ đỏ, giấy hẹn ghi mã ${H21_DOS_C_SPACED}. Nhờ cán bộ xem giúp bao giờ bố con lên lấy kết quả được ạ.`,
    'dossier',
  ],
  [`tra hs ${H21_DOS_D} da co ket qua chua`, 'dossier'],
  [`ma ${H21_DOS_E} toi nao xong vay`, 'dossier'],
  [
    `Thưa các anh chị, tôi năm nay đã 72 tuổi, đi lại khó khăn. Tháng trước tôi làm hồ sơ xin xác nhận chế độ người có công, cán bộ có đưa tờ biên nhận số ${H21_DOS_F}. Tôi muốn hỏi hồ sơ ấy hiện nay đã được duyệt hay chưa để con cháu khỏi phải chở tôi lên huyện nhiều lần.`,
    'dossier',
  ],
  [`hồ sơ nộp hôm thứ 2 đến hạn trả chưa ạ, em mất tờ giấy hẹn rồi`, 'dossier'],
  [`kiem tra tinh trang ho so giup minh`, 'dossier'],
  [`Hồ sơ xin giấy phép xây dựng nhà tôi bị trả về, tôi muốn biết lý do. Mã: ${H21_DOS_B}`, 'dossier'],
  [`tthai hs ${H21_DOS_E}?`, 'dossier'],
  [
    `Kính thưa UBND, gia đình tôi nộp hồ sơ tách thửa đã hơn 30 ngày. Xin hỏi hồ sơ đó đã có kết quả giải quyết chưa, nếu còn thiếu giấy tờ gì thì báo để tôi bổ sung. Xin cảm ơn.`,
    'dossier',
  ],
  [`${H21_DOS_D} bao h tra kq`, 'dossier'],
  [`hồ sơ mã ${H21_DOS_C} bị trễ hẹn phải không ad`, 'dossier'],

  // ---- my_dossiers (8)
  [
    `Tôi tên Trần Thị Mai, số điện thoại ${H21_PHONE_A}. Tôi có nộp nhiều hồ sơ năm nay mà không nhớ hết, xin cho tôi xem danh sách toàn bộ hồ sơ đứng tên tôi.`,
    'my_dossiers',
  ],
  [`hosocuatoi`, 'my_dossiers'],
  [`ds hs cua toi`, 'my_dossiers'],
  [
    `Con muốn xem giúp mẹ con các hồ sơ mẹ đã nộp ở xã, sđt của mẹ là ${H21_PHONE_B}, mẹ có mấy bộ hồ sơ đang làm ạ?`,
    'my_dossiers',
  ],
  [`toi dang co bao nhieu ho so vay`, 'my_dossiers'],
  [
    `Kính gửi ban quản trị, cho tôi hỏi tất cả những hồ sơ tôi đã nộp từ đầu năm tới giờ gồm những hồ sơ nào. Trân trọng.`,
    'my_dossiers',
  ],
  [`liet ke het hs minh da nop`, 'my_dossiers'],
  [`mấy cái hồ sơ của tui đâu hết rồi, cho coi hết đi`, 'my_dossiers'],

  // ---- dossier_follow (8)
  [
    `Kính nhờ Quý cơ quan khi hồ sơ ${H21_DOS_A} có kết quả thì nhắn tin báo cho tôi biết, vì tôi ở xa không tiện theo dõi thường xuyên. Trân trọng cảm ơn.`,
    'dossier_follow',
  ],
  [`theo doi hs ${H21_DOS_B}`, 'dossier_follow'],
  [`co kq thi bao minh nhe ${H21_DOS_E}`, 'dossier_follow'],
  [
    `Con xin phép đăng ký theo dõi hồ sơ cho bà nội, mã ${H21_DOS_F}, hồ sơ chuyển bước nào thì nhắn con với ạ.`,
    'dossier_follow',
  ],
  [`hồ sơ ${H21_DOS_D} có thay đổi gì thì tự động thông báo cho tôi`, 'dossier_follow'],
  [`nhắc em khi hồ sơ khai sinh của con em xong nha`, 'dossier_follow'],
  [`follow ${H21_DOS_C}`, 'dossier_follow'],
  [`toi muon nhan tin bao moi lan ho so cap phep kinh doanh chuyen trang thai`, 'dossier_follow'],

  // ---- dossier_unfollow (5)
  [`Hồ sơ ${H21_DOS_A} tôi đã nhận kết quả rồi, xin đừng báo tình trạng hồ sơ này nữa. Cảm ơn.`, 'dossier_unfollow'],
  [`bo theo doi ${H21_DOS_B}`, 'dossier_unfollow'],
  [`ngung bao tinh trang ho so ${H21_DOS_E} giup minh`, 'dossier_unfollow'],
  [
    `Kính gửi, bố tôi đã mất nên hồ sơ ${H21_DOS_F} không cần theo dõi nữa, xin hủy theo dõi hồ sơ này.`,
    'dossier_unfollow',
  ],
  [`unfollow hs ${H21_DOS_D}`, 'dossier_unfollow'],

  // ---- follows (5)
  [`hs minh dang theo doi la nhung cai nao`, 'follows'],
  [
    `Tôi đã nhờ bot theo dõi mấy hồ sơ mà quên mất là những cái nào, xin cho xem lại danh sách các hồ sơ tôi đang theo dõi.`,
    'follows',
  ],
  [`nhung ho so nao dang bao tin cho toi`, 'follows'],
  [`ds theo dõi`, 'follows'],
  [`minh dang follow may bo hs roi`, 'follows'],

  // ---- procedure (16)
  [`thutuc`, 'procedure'],
  [
    `Kính gửi Quý cơ quan. Tôi là cựu chiến binh, năm nay 68 tuổi. Con trai tôi vừa sinh cháu nội, nhà ở xa thị trấn. Tôi muốn hỏi làm giấy khai sinh cho cháu cần những giấy tờ gì và có thể làm qua mạng không. Trân trọng cảm ơn.`,
    'procedure',
  ],
  [`lam cccd can gi`, 'procedure'],
  [`sang ten so hong cho con gai mat may ngay vay`, 'procedure'],
  [
    `Cháu chào các cô chú, cháu hỏi giúp ông ngoại: ông muốn làm di chúc để lại đất cho mẹ cháu thì phải ra đâu công chứng, lệ phí bao nhiêu ạ?`,
    'procedure',
  ],
  [`dkkh`, 'procedure'],
  [`xin giấy phép xây nhà cấp 4 ở nông thôn có cần không ạ`, 'procedure'],
  [`dang ky ket hon vs nguoi nuoc ngoai lam o dau`, 'procedure'],
  [
    `Thưa anh chị, mẹ tôi mới mất tháng trước. Tôi cần làm giấy chứng tử và sau đó làm thừa kế nhà đất, xin hướng dẫn các bước và hồ sơ cần chuẩn bị.`,
    'procedure',
  ],
  [`trich luc khai sinh ban sao phi bn`, 'procedure'],
  [`đăng ký hộ kinh doanh cá thể cần gì`, 'procedure'],
  [`thu tuc cap lai giay phep lai xe bi mat`, 'procedure'],
  [`xin giay xac nhan doc than de lay chong o tinh khac lam sao`, 'procedure'],
  [
    `Tôi muốn chuyển hộ khẩu từ tỉnh khác về đây theo chồng, nay gọi là đăng ký thường trú phải không, cần mang theo những gì?`,
    'procedure',
  ],
  [`chung thuc ban sao o xa dc ko`, 'procedure'],
  [`tthc cap phep khai thac nuoc ngam`, 'procedure'],

  // ---- business (9)
  [`mst cty nay?`, 'business'],
  [`${H21_MST_C}`, 'business'],
  [
    `Kính gửi Quý cơ quan, tôi định ký hợp đồng thuê xưởng với một doanh nghiệp có mã số thuế ${H21_MST_D}. Xin cho tôi biết công ty này còn hoạt động hay đã giải thể để tránh bị lừa.`,
    'business',
  ],
  [`tra mst ${H21_MST_E}`, 'business'],
  [`cty ${H21_MST_F} con hd ko`, 'business'],
  [`thong tin doanh nghiep ${H21_MST_G}`, 'business'],
  [`chi nhánh ${H21_MST_BRANCH} địa chỉ ở đâu`, 'business'],
  [
    `Con trai tôi được mời vào làm ở Công ty TNHH Xây dựng Phú Thành, tôi lo công ty ma. Nhờ kiểm tra giúp công ty này có đăng ký kinh doanh đàng hoàng không.`,
    'business',
  ],
  [`dn ${H21_MST_A} nguoi dai dien la ai, ${H21_MST_B} nua`, 'business'],

  // ---- feedback (15)
  [
    `Kính gửi Ủy ban nhân dân phường. Tôi tên là Lê Văn Hòa, trú tại tổ 5. Đã gần hai tháng nay, cống thoát nước đầu ngõ bị tắc, mỗi lần mưa nước tràn vào nhà, mùi hôi thối. Tôi đã báo tổ trưởng nhưng chưa được xử lý. Kính đề nghị Quý cơ quan cho người kiểm tra. Trân trọng cảm ơn.`,
    'feedback',
  ],
  [`phananh cai`, 'feedback'],
  [`den duong hem 12 tat may tuan roi`, 'feedback'],
  [
    `Con gửi giúp bà con ở xóm: có xưởng gỗ hoạt động đến 11 giờ đêm, tiếng cưa rất ồn, bà con già không ngủ được. Mong chính quyền xuống xem ạ.`,
    'feedback',
  ],
  [`ổ gà to giữa đường liên xã, xe máy ngã mấy vụ rồi`, 'feedback'],
  [`rac do tran ra bai dat trong canh cho`, 'feedback'],
  [
    `Tôi muốn góp ý về thái độ của một cán bộ tiếp dân ở bộ phận một cửa sáng nay, nói trống không và quát người già.`,
    'feedback',
  ],
  [`nha ben canh xay lan ra duong di chung, k co giay phep`, 'feedback'],
  [`muon gui kien nghi ve duong xa`, 'feedback'],
  [`đường ngập nửa mét sau mưa, cần nạo vét mương`, 'feedback'],
  [
    `Thưa lãnh đạo xã, tôi xin kiến nghị làm lại cây cầu tre qua kênh cho học sinh đi học, cầu đã mục nhiều chỗ rất nguy hiểm.`,
    'feedback',
  ],
  [`quan karaoke hat toi 1h sang`, 'feedback'],
  [`có người đốt rơm khói mù mịt cả khu dân cư`, 'feedback'],
  [`to cao lan chiem dat cong o ngo 3`, 'feedback'],
  [`cay xanh gay do chan ngang duong chua ai don`, 'feedback'],

  // ---- feedback_ticket (8)
  [`${H21_TICKET_A}`, 'feedback_ticket'],
  [
    `Kính gửi, ngày 2 tháng trước tôi có gửi phản ánh về đèn đường, được cấp số ${H21_TICKET_B}. Xin hỏi đến nay đã có cơ quan nào tiếp nhận xử lý chưa. Trân trọng.`,
    'feedback_ticket',
  ],
  [`pa ${H21_TICKET_C} sao roi`, 'feedback_ticket'],
  [`phản ánh số ${H21_TICKET_D} đã trả lời chưa ạ`, 'feedback_ticket'],
  [`tra cuu phan anh ${H21_TICKET_E}`, 'feedback_ticket'],
  [`Con gửi phản ánh thay ông nội hôm trước, mã ${H21_TICKET_F}, sao chưa thấy ai xuống xem ạ?`, 'feedback_ticket'],
  [`kq phan anh so ${H21_TICKET_B}`, 'feedback_ticket'],
  [`${H21_TICKET_A_SPACED} xu ly toi dau`, 'feedback_ticket'],

  // ---- my_feedback (6)
  [`may cai pa toi gui di dau r`, 'my_feedback'],
  [
    `Tôi đã gửi mấy lần kiến nghị về việc ngập úng nhưng không nhớ số, xin cho xem lại các phản ánh tôi đã gửi và câu trả lời.`,
    'my_feedback',
  ],
  [`pa da gui`, 'my_feedback'],
  [`những góp ý tui gửi trước giờ đã được trả lời chưa`, 'my_feedback'],
  [`xem lai ds kien nghi cua minh`, 'my_feedback'],
  [`Cháu muốn xem giúp bà các phản ánh bà đã gửi qua zalo này ạ, bà không nhớ số phiếu.`, 'my_feedback'],

  // ---- handoff (7)
  [
    `Kính gửi, việc của tôi phức tạp, liên quan tranh chấp thừa kế nhiều đời, máy trả lời không giải quyết được. Xin cho tôi được trao đổi trực tiếp với một cán bộ phụ trách. Trân trọng.`,
    'handoff',
  ],
  [`gapcanbo`, 'handoff'],
  [`cho noi chuyen voi nguoi that`, 'handoff'],
  [`có ai trực không, tôi cần người hướng dẫn ngay`, 'handoff'],
  [`Con nhắn thay mẹ, mẹ con muốn gặp trực tiếp cán bộ để hỏi chuyện, không muốn nói với máy ạ.`, 'handoff'],
  [`chuyen sang nhan vien ho tro`, 'handoff'],
  [`admin oi tra loi truc tiep dum`, 'handoff'],

  // ---- help (5)
  [
    `Tôi mới được con cháu cài Zalo, không biết dùng trang này thế nào. Xin chỉ cho tôi trang này làm được những việc gì.`,
    'help',
  ],
  [`hd sd trang nay voi`, 'help'],
  // Asking what the bot can do is labelled menu, as in the earlier batches (the help flow gives the hotline, address
  // and hours); relabelled when this batch was studied.
  [`trang nay giup dc nhung viec gi vay ta`, 'menu'],
  [`dùng sao đây`, 'help'],
  // Asking what the bot can do is labelled menu, as in the earlier batches (the help flow gives the hotline, address
  // and hours); relabelled when this batch was studied.
  [`minh hoi duoc nhung gi o day`, 'menu'],

  // ---- menu (5)
  [`menuu`, 'menu'],
  [`mnu`, 'menu'],
  [`cho coi bang chuc nang`, 'menu'],
  [`Xin cho tôi xem danh mục chức năng chính.`, 'menu'],
  [`quay lai muc chinh`, 'menu'],

  // ---- language (4)
  [`english plz, no vietnamese`, 'language'],
  [`tra loi bang tv di`, 'language'],
  [`My mother-in-law reads Vietnamese but I do not, could you reply to me in English from now on?`, 'language'],
  [`đổi qua tiếng Anh cho tôi`, 'language'],

  // ---- subscriptions (6)
  [
    `Kính gửi, tôi làm nông, muốn được nhận thông báo về lịch thời vụ và cảnh báo thiên tai của tỉnh qua Zalo. Xin hướng dẫn đăng ký. Trân trọng cảm ơn.`,
    'subscriptions',
  ],
  [`dk nhan tin cup dien`, 'subscriptions'],
  [`co nhung loai thong bao nao`, 'subscriptions'],
  [`cho tôi nhận tin tuyển sinh đầu cấp`, 'subscriptions'],
  [`Con đăng ký giúp bố nhận thông báo lịch tiêm phòng cho gia súc ạ.`, 'subscriptions'],
  [`thongbao`, 'subscriptions'],

  // ---- unsubscribe (5)
  [`huy dk`, 'unsubscribe'],
  [
    `Tôi già rồi, điện thoại cứ kêu liên tục vì tin thông báo, xin đừng gửi các tin thông báo cho tôi nữa. Cảm ơn.`,
    'unsubscribe',
  ],
  [`ngung gui tb cho toi`, 'unsubscribe'],
  [`thôi ko nhận thông báo nữa`, 'unsubscribe'],
  [`stop gửi tin giùm`, 'unsubscribe'],

  // ---- welcome (4)
  [`Kính chào các anh chị cán bộ ạ.`, 'welcome'],
  [`aloo ad`, 'welcome'],
  [`xin chao buoi sang`, 'welcome'],
  [`chao cac ban nhe`, 'welcome'],

  // ---- my_data (4)
  [`Theo luật bảo vệ dữ liệu cá nhân, tôi muốn biết trang này đang lưu giữ những thông tin gì về tôi.`, 'my_data'],
  [`dl ca nhan cua toi`, 'my_data'],
  [`bot luu gi ve minh vay`, 'my_data'],
  [`xem thong tin ca nhan da luu`, 'my_data'],

  // ---- erase_my_data (4)
  [`xoa tt`, 'erase_my_data'],
  [
    `Kính gửi, tôi không muốn thông tin cá nhân của mình còn lưu ở đây nữa, đề nghị xóa toàn bộ dữ liệu của tôi. Trân trọng.`,
    'erase_my_data',
  ],
  [`go bo toan bo du lieu ve toi`, 'erase_my_data'],
  [`Con xin xóa số điện thoại và thông tin của mẹ con khỏi hệ thống này ạ, mẹ con đã đổi số.`, 'erase_my_data'],

  // ---- none (12)
  [
    `Tôi viết mấy dòng này chỉ để tâm sự. Nhà hàng xóm tôi hai chục năm nay qua lại thân tình, vậy mà vì cây mít trồng sát ranh, lá rụng sang sân, hai bên to tiếng, giờ gặp nhau không chào. Tôi buồn lắm, già rồi chỉ mong xóm giềng hòa thuận. Chắc không ai giúp được, nói ra cho nhẹ lòng thôi.`,
    'none',
  ],
  [
    `Thay mặt bà con khu phố 3, tôi xin cảm ơn ban tổ chức lễ hội đua ghe năm nay, không khí vui quá, cháu nội tôi thích mê. Chúc các anh chị mạnh khỏe.`,
    'none',
  ],
  [
    `Quê hương mùa lúa chín vàng / Con đê nắng sớm, bóng làng xa xa / Ai đi nhớ mãi quê nhà / Nhớ canh rau muống, nhớ bà nhớ cha.`,
    'none',
  ],
  [`bot nghĩ sao về việc giới trẻ bây giờ ít về quê ăn Tết?`, 'none'],
  [
    `Ngày xưa tôi đi bộ đội ở đây, hồi đó con đường này còn là đường đất đỏ, giờ về thăm thấy nhà cao cửa rộng, lòng vui không tả được.`,
    'none',
  ],
  [`con toi hoc lop 5 bai toan nay giai sao: mot thua ruong hinh chu nhat chu vi 120m`, 'none'],
  [`theo em thi nen nuoi ga hay nuoi vit thi lai hon`, 'none'],
  [`Chiều nay mưa to quá, không biết mai có nắng để phơi lúa không nhỉ`, 'none'],
  [`minh ban mat ong rung nguyen chat ai can ib`, 'none'],
  [`Hôm qua đi chợ thấy giá thịt heo lên quá trời, lương hưu của tôi không đủ, các anh chị có thấy vậy không?`, 'none'],
  [`hihi vui ghe`, 'none'],
  [`Tôi có đứa cháu học xong đại học mà chưa xin được việc, nó buồn lắm, bot có lời khuyên gì cho nó không?`, 'none'],
];

/**
 * Held-out 22: written blind on 2026-12-04 by a helper who read only the list of labels, before the round of tuning
 * that it measures; replies in context to a notice, an announcement or an answer; business owners and accountants; rural
 * questions (land, subsidies, allowances, military service, health insurance); tourists and foreign workers in English.
 */
const H22_DOSSIER_A = '000.00.15.H02-260312-0047';
const H22_DOSSIER_B = '000.20.31.H45-260401-0112';
const H22_DOSSIER_C = '0000015H022603180009';
const H22_DOSSIER_D = '000.00.22.H45-260330-0075';
const H22_DOSSIER_E = '000.00.31.H45-260405-0018';
const H22_DOSSIER_F = '000.00.15.H02.260408.0061';
const H22_DOSSIER_G = '000 00 15 H02 260402 0131';
const H22_TAX_A = '4501234567';
const H22_TAX_B = '4502345679';
const H22_TAX_C = '3601234576';
const H22_TAX_D = '1800567897-001';
const H22_TAX_E = '4209876540';
const H22_TAX_F = '2803456717';
const H22_PHONE_A = '0912345678';
const H22_TICKET_A = 'PA-ZL-2026-000318';
const H22_TICKET_B = 'PA-2026-000092';
const H22_TICKET_C = 'PA-ZL-2026-001204';
const H22_TICKET_D = 'PA-2026-000418';
const H22_TICKET_E = 'PA-ZL-2026-000577';

const batch22Heldout: [string, string][] = [
  // dossier (14)
  [`${H22_DOSSIER_A} tới đâu rồi ad`, 'dossier'],
  [`vừa nhận tin hồ sơ ${H22_DOSSIER_B} bị trả lại, sao lại từ chối vậy`, 'dossier'],
  ['cảm ơn đã báo, mà cho hỏi thêm hồ sơ đó bao giờ mới lấy kết quả được', 'dossier'],
  [`ho so ${H22_DOSSIER_C} cua toi den han tra chua`, 'dossier'],
  ['Thong bao noi ho so can bo sung, vay gio tui phai bo sung cai gi', 'dossier'],
  [`Can you check application ${H22_DOSSIER_D}? I submitted it for my work permit`, 'dossier'],
  ['hồ sơ cấp đổi sổ đỏ mảnh ruộng nhà tôi nộp ở xã từ tháng trước giờ sao rồi', 'dossier'],
  [`kế toán bên em hỏi hồ sơ ${H22_DOSSIER_E} thay đổi đăng ký kinh doanh đã duyệt chưa ạ`, 'dossier'],
  ['tin nhắn báo hồ sơ đã có kết quả rồi, vậy tui ra đâu nhận', 'dossier'],
  [`ma ho so ${H22_DOSSIER_F}`, 'dossier'],
  ['ho so xin tro cap nguoi cao tuoi cho ba noi nop lau roi ma chua thay gi, kiem tra giup', 'dossier'],
  ['hồ sơ miễn nghĩa vụ quân sự của con tôi ngày hẹn trả là hôm nào', 'dossier'],
  [`what's the status of my residence card application, receipt code ${H22_DOSSIER_D}`, 'dossier'],
  [`mã trên giấy biên nhận là ${H22_DOSSIER_G}, xem giúp đang ở khâu nào`, 'dossier'],

  // my_dossiers (8)
  ['tôi có bao nhiêu hồ sơ đang nộp ở tỉnh, liệt kê hết giúp', 'my_dossiers'],
  [`xem tat ca ho so dang ky bang sdt ${H22_PHONE_A}`, 'my_dossiers'],
  ['Show me all my applications please', 'my_dossiers'],
  ['danh sách hồ sơ mình đứng tên nộp từ đầu năm', 'my_dossiers'],
  ['ds ho so cua toi', 'my_dossiers'],
  ['ad ơi kiểm tra giùm tui mấy cái hồ sơ tui nộp hồi giờ, ko nhớ mã', 'my_dossiers'],
  ['I applied for a few things at the one-stop office, can I see the list of all of them?', 'my_dossiers'],
  ['mấy hồ sơ đất đai với bảo hiểm tôi đứng tên, cho xem hết một lượt', 'my_dossiers'],

  // dossier_follow (8)
  [`báo cho tôi khi hồ sơ ${H22_DOSSIER_A} có kết quả nhé`, 'dossier_follow'],
  ['có cách nào hồ sơ chuyển bước là tự nhắn cho tui không, ngày nào cũng vô hỏi mệt quá', 'dossier_follow'],
  [`theo doi ho so ${H22_DOSSIER_B}`, 'dossier_follow'],
  [`Please notify me when application ${H22_DOSSIER_D} changes status`, 'dossier_follow'],
  ['hồ sơ hỗ trợ giống lúa của hợp tác xã có kết quả thì nhắn tui liền nha', 'dossier_follow'],
  ['nhận được tin rồi, cảm ơn. hồ sơ này lần sau có bước mới thì cứ báo tiếp cho em', 'dossier_follow'],
  [`bật nhắc trạng thái cho hồ sơ ${H22_DOSSIER_E}`, 'dossier_follow'],
  ['dang ky theo doi hs giai the cong ty, co buoc moi thi bao minh', 'dossier_follow'],

  // dossier_unfollow (5)
  [`hồ sơ ${H22_DOSSIER_A} lấy kết quả rồi, thôi đừng báo tình trạng nữa`, 'dossier_unfollow'],
  [`bo theo doi ho so ${H22_DOSSIER_B}`, 'dossier_unfollow'],
  [`Stop sending me status updates for application ${H22_DOSSIER_D}`, 'dossier_unfollow'],
  ['tắt mấy tin báo trạng thái hồ sơ này đi, xong xuôi hết rồi', 'dossier_unfollow'],
  ['huy theo doi hs sang ten dat cua ba toi', 'dossier_unfollow'],

  // follows (5)
  ['mấy bộ hồ sơ tôi bật nhắc tình trạng là những bộ nào', 'follows'],
  ['Which applications am I getting notifications for?', 'follows'],
  ['liet ke giup nhung ho so ma toi dang duoc bao trang thai', 'follows'],
  ['xem lại mấy hồ sơ tui đã bấm nhận báo kết quả', 'follows'],
  ['tài khoản này đang được báo tình trạng cho những hồ sơ nào vậy', 'follows'],

  // procedure (16)
  ['đăng ký hộ kinh doanh cá thể cần giấy tờ gì, lệ phí bao nhiêu', 'procedure'],
  ['thu tuc tach thua dat nong nghiep lam o dau', 'procedure'],
  ['How do I register temporary residence as a foreign worker?', 'procedure'],
  ['hồ sơ xin hưởng trợ cấp xã hội cho người khuyết tật gồm những gì', 'procedure'],
  ['làm thẻ bhyt cho con mới sinh thì cần mang gì lên xã', 'procedure'],
  ['thông báo nói thiếu giấy xác nhận cư trú, vậy giờ xin giấy đó thì làm sao', 'procedure'],
  ['tạm ngừng kinh doanh hộ cá thể 6 tháng thì nộp thủ tục gì', 'procedure'],
  ['thu tuc dang ky nghia vu quan su lan dau cho thanh nien du 17 tuoi', 'procedure'],
  ['doi ten cong ty can nop nhung gi, bao lau co giay moi', 'procedure'],
  ['xin hỗ trợ thiệt hại cây trồng do lũ thì làm hồ sơ ra sao', 'procedure'],
  ['What documents do I need to marry a Vietnamese citizen here?', 'procedure'],
  ['cấp giấy phép xây dựng nhà ở nông thôn mất bao lâu', 'procedure'],
  ['chuyen muc dich dat vuon sang dat o le phi tinh sao', 'procedure'],
  ['đăng ký khai tử cho ông nội ở đâu, cần giấy gì', 'procedure'],
  ['hoãn nghĩa vụ quân sự vì đang học đại học thì làm thủ tục gì', 'procedure'],
  ['cảm ơn thông báo, cho hỏi thêm cấp giấy chứng nhận quyền sử dụng đất lần đầu cần những gì', 'procedure'],

  // business (9)
  [`mst ${H22_TAX_A} con hoat dong khong`, 'business'],
  [`tra cứu công ty mã số thuế ${H22_TAX_B}`, 'business'],
  [`Is the company with tax code ${H22_TAX_C} still active? I'm about to sign a contract`, 'business'],
  [`chi nhánh ${H22_TAX_D} thuộc công ty nào vậy`, 'business'],
  ['kiểm tra giúp công ty TNHH Nông sản Phú Điền còn hoạt động hay giải thể rồi', 'business'],
  [`ke toan can doi chieu thong tin dn ${H22_TAX_E}, tru so dang ky o dau`, 'business'],
  ['công ty cổ phần thức ăn chăn nuôi Hòa Bình tên đầy đủ với mst là gì', 'business'],
  [`${H22_TAX_F}`, 'business'],
  ['doanh nghiệp tư nhân Minh Phát ở huyện mình bị đóng mã số thuế chưa', 'business'],

  // feedback (15)
  ['đường vào thôn 3 ổ gà to quá, xe chở lúa lật mấy lần rồi', 'feedback'],
  ['loa phường mở từ 5h sáng ồn không chịu nổi', 'feedback'],
  ['bãi rác cạnh kênh thủy lợi bốc mùi, đề nghị xã dọn', 'feedback'],
  ["There's a broken street light near the industrial park dormitory, very dark at night", 'feedback'],
  ['cán bộ một cửa huyện thái độ hách dịch, hỏi gì cũng không trả lời', 'feedback'],
  ['nhà bên cạnh đổ đất lấn sang ruộng tôi, báo chính quyền xuống xử lý', 'feedback'],
  ['nhan duoc tra loi roi nhung o ga van chua va, toi muon phan anh lai', 'feedback'],
  ['co xuong go xa nuoc thai ra ruong lua, lua chet het', 'feedback'],
  ['cúp điện cả ngày mà không báo trước, lò ấp trứng nhà tôi hư hết, kiến nghị phải thông báo sớm', 'feedback'],
  ['ngập nước đầu hẻm 12 mỗi lần mưa, cống nghẹt', 'feedback'],
  ['Công trình xây dựng không phép ở tổ 5 đang đổ bê tông ban đêm', 'feedback'],
  ['chi tro cap nguoi co cong o xa cham 3 thang roi, de nghi xem xet', 'feedback'],
  ['I want to report a taxi driver overcharging tourists at the bus station', 'feedback'],
  ['cầu tre qua mương bị gãy, học sinh đi lại nguy hiểm, mong xã sửa', 'feedback'],
  ['góp ý: nên nhận hồ sơ cả sáng thứ 7 vì hộ kinh doanh bận ngày thường', 'feedback'],

  // feedback_ticket (8)
  [`phản ánh ${H22_TICKET_A} xử lý tới đâu rồi`, 'feedback_ticket'],
  [`tui co gui cai ${H22_TICKET_B} ve vu dat lan chiem, xem giup giai quyet chua`, 'feedback_ticket'],
  [`what happened with my report ${H22_TICKET_C}`, 'feedback_ticket'],
  [`tra loi phan anh so ${H22_TICKET_A} ghi da xu ly ma chua thay ai toi, kiem tra lai giup`, 'feedback_ticket'],
  [`phản ánh số ${H22_TICKET_D} về đèn đường có ai nhận chưa`, 'feedback_ticket'],
  [`ma phan anh ${H22_TICKET_E} ket qua sao`, 'feedback_ticket'],
  [`Vừa nhận tin phản ánh ${H22_TICKET_B} đã chuyển cho huyện, vậy khi nào có kết quả`, 'feedback_ticket'],
  [`kiểm tra tình trạng ${H22_TICKET_D}`, 'feedback_ticket'],

  // my_feedback (6)
  ['mấy phản ánh tui gửi trước giờ xử lý sao rồi', 'my_feedback'],
  ['may cai kien nghi nha toi gui tu thang truoc gio ra sao het roi', 'my_feedback'],
  ["Can I see all the complaints I've sent and the replies?", 'my_feedback'],
  ['tôi gửi phản ánh nhiều lần rồi mà không nhớ mã, cho xem danh sách', 'my_feedback'],
  ['danh sach kien nghi minh da gui va cau tra loi', 'my_feedback'],
  ['các góp ý tôi gửi qua zalo này đã được trả lời cái nào chưa', 'my_feedback'],

  // handoff (7)
  ['cho tôi nói chuyện với cán bộ địa chính xã', 'handoff'],
  ['hoi may lan ma may tra loi lung tung, cho tui noi voi nhan vien cua so', 'handoff'],
  ['I need to speak with a staff member, not a bot', 'handoff'],
  ['chuyển cho cán bộ trực giúp em, việc gấp', 'handoff'],
  ['đọc tin nhắn mà không hiểu, có anh chị nào trực thì nhắn thẳng với tui được không', 'handoff'],
  ['cho em gặp chuyên viên phụ trách đăng ký kinh doanh', 'handoff'],
  ['ket noi voi can bo tiep dan', 'handoff'],

  // help (5)
  // Asking what the bot can do is labelled menu, as in the earlier batches (the help flow gives the hotline, address
  // and hours); relabelled when this batch was studied.
  ['trang này làm được những gì vậy', 'menu'],
  ['huong dan su dung chatbot', 'help'],
  ['How does this bot work?', 'help'],
  ['bot tra cứu được những gì, chỉ tui cách dùng với', 'help'],
  ['em mới dùng lần đầu, không biết hỏi sao', 'help'],

  // menu (5)
  ['bấm đâu để ra bảng các mục vậy ad', 'menu'],
  ['gửi lại cái bảng tùy chọn lúc nãy đi', 'menu'],
  ['hien lai cac lua chon', 'menu'],
  ['Could you bring up the list of options again?', 'menu'],
  ['tro ve muc luc ban dau', 'menu'],

  // language (4)
  ["I'm a tourist, can we continue in English?", 'language'],
  ['thoi cho tra loi lai bang tieng viet cho tui de doc', 'language'],
  ["Can you reply in English? I don't read Vietnamese", 'language'],
  ['tin nhắn toàn tiếng Anh, chỉnh lại tiếng Việt giúp với', 'language'],

  // subscriptions (6)
  ['đăng ký nhận thông báo lịch cắt điện khu vực xã mình', 'subscriptions'],
  ['cảm ơn đã báo lịch tiêm, cho đăng ký nhận tin tiêm chủng thường xuyên được không', 'subscriptions'],
  ['Is there an alert list for power outages in my district I can sign up for?', 'subscriptions'],
  ['muốn nhận thông báo về chính sách hỗ trợ nông nghiệp', 'subscriptions'],
  ['quản lý mấy chủ đề thông báo tui đang nhận', 'subscriptions'],
  ['dk nhan tb lich thu thue ho kinh doanh', 'subscriptions'],

  // unsubscribe (5)
  ['tắt mấy tin cúp điện này đi', 'unsubscribe'],
  ['thoi khoi nhan tin thong bao cua trang nha, ngay nao cung ting ting', 'unsubscribe'],
  ["I'm leaving Vietnam next week, please take me off the announcement list", 'unsubscribe'],
  ['hủy nhận tin lịch tiêm, nhà không còn con nhỏ', 'unsubscribe'],
  ['khong muon nhan tin tu trang nua, phien qua', 'unsubscribe'],

  // welcome (4)
  ['alo alo có ai không', 'welcome'],
  ['dạ em chào anh chị trực trang', 'welcome'],
  ['hello trang UBND, chúc buổi tối an lành', 'welcome'],
  ['xin chao buoi sang', 'welcome'],

  // my_data (4)
  ['trang đang lưu những thông tin gì của tôi', 'my_data'],
  ["As a foreign worker, I'd like to know which of my details this page has on file", 'my_data'],
  ['xem du lieu ca nhan cua toi ma he thong luu', 'my_data'],
  ['bot có giữ số điện thoại với cccd của tui không, cho xem', 'my_data'],

  // erase_my_data (4)
  ['xóa hết dữ liệu cá nhân của tôi', 'erase_my_data'],
  ['Please delete my personal information from your system', 'erase_my_data'],
  ['toi nghi lam ke toan cty roi, xoa so dien thoai voi ten cua toi ma trang da luu di', 'erase_my_data'],
  ['tôi yêu cầu xóa thông tin cá nhân theo luật bảo vệ dữ liệu', 'erase_my_data'],

  // none (12)
  ['giá phân ure tuần này bao nhiêu', 'none'],
  ['mai trời có mưa không, định phun thuốc lúa', 'none'],
  ['vay vốn ngân hàng chính sách trồng cà phê lãi bao nhiêu', 'none'],
  ['Where is a good place to eat pho near the city centre?', 'none'],
  ['cảm ơn ad nhiều nha', 'none'],
  ['bán 2 tấn lúa khô ai mua liên hệ', 'none'],
  ['cong ty minh dang tuyen ke toan, dang tin len day duoc khong', 'none'],
  ['tiền điện tháng này sao cao vậy, tính sai à', 'none'],
  ['chiều nay đội tuyển đá mấy giờ vậy ad', 'none'],
  ['giá đất ở xã mình giờ bao nhiêu một mét', 'none'],
  ['con tôi trúng tuyển nghĩa vụ quân sự, có nên cho đi không mọi người', 'none'],
  ['Do I need a visa to cross into Cambodia from here?', 'none'],
];

/**
 * Held-out 23 (140 messages: 150 written blind, less 10 that were a flow's own example or keyword), written blind on 2026-12-04 by a writer who read only the list of labels, while the round
 * of tuning 33 to 36 ran without it: elderly citizens and relatives typing for them, very short and very long messages,
 * foreigners' English. Never tuned on until the round of tuning 37 and 38 studied its misses (tuning 37 since).
 */
// Batch 23: blind held-out test messages (elderly citizens, relatives typing for them, foreigners).

// ---- identifiers (invented values)
const H23_DOSSIER_A = '000.00.23.H40-261105-0142';
const H23_DOSSIER_B_NODOT = '0000031H40-261021-0078';
const H23_DOSSIER_C_LOWER = '000.00.12.h40-261118-0216';
const H23_DOSSIER_D = '000.00.07.H40-261002-0551';
const H23_DOSSIER_E_SPACED = '000 00 19 H40 261110 0093';
const H23_DOSSIER_F = '000.00.02.H40-261125-1204';
const H23_DOSSIER_G = '000.00.28.H40-260930-0317';
const H23_DOSSIER_H = '000.00.15.H40-261014-0460';
const H23_DOSSIER_I_GLUED = '000.00.09.H40-261120-0028';
const H23_DOSSIER_J = '000.00.04.H40-260919-0735';
const H23_DOSSIER_K_LOWER_NODOT = '0000045h40-261103-0110';
const H23_DOSSIER_L = '000.00.33.H40-261127-0402';
const H23_DOSSIER_M = '000.00.11.H40-261008-0889';
const H23_DOSSIER_N_SPACED = '000.00.21.H40 261112 0057';
const H23_DOSSIER_O = '000.00.06.H40-261116-0264';
const H23_DOSSIER_P_NODOT = '0000018H40-261029-0613';
const H23_DOSSIER_Q_LOWER = '000.00.26.h40-261122-0091';
const H23_DOSSIER_R = '000.00.17.H40-261101-0370';
const H23_DOSSIER_S = '000.00.08.H40-261006-0148';

const H23_TAX_A = '4001123456';
const H23_TAX_B_SPACED = '400 155 6789';
const H23_TAX_BRANCH = '4001234567-002';
const H23_TAX_C = '4000987652';
const H23_TAX_D = '4002233445';
const H23_TAX_E_GLUED = '4001876503';
const H23_TAX_F = '4000561238';
const H23_TAX_G = '4002019874';

const H23_TICKET_A = 'PA-ZL-2026-004512';
const H23_TICKET_B_LOWER = 'pa-zl-2026-001187';
const H23_TICKET_C = 'PA-2026-000963';
const H23_TICKET_D = 'PA-ZL-2026-002046';
const H23_TICKET_E_SPACED = 'PA ZL 2026 000911';
const H23_TICKET_F = 'PA-2026-001530';
const H23_TICKET_G_GLUED = 'PA-2026-000488';
const H23_TICKET_H_NODASH = 'PAZL2026003321';

const H23_PHONE_A = '0978112406';
const H23_PHONE_B_SPACED = '0935 421 786';
const H23_PHONE_C_DOTS = '0905.318.442';

const batch23Heldout: [string, string][] = [
  // ---- dossier (14)
  [`dạ cho hỏi hồ sơ ${H23_DOSSIER_A} của bố tôi giờ tới đâu rồi ạ`, 'dossier'],
  [`hs ${H23_DOSSIER_B_NODOT} xong chua`, 'dossier'],
  [`${H23_DOSSIER_C_LOWER}`, 'dossier'],
  [
    `alo, toi nop ho so cap doi so do tu thang truoc ma den gio chua thay goi, ma ho so la ${H23_DOSSIER_D} , nho kiem tra giup toi voi, toi gia roi di lai kho khan lam`,
    'dossier',
  ],
  [`ad ơi tra giùm cái hồ sơ, mã nó đây ạ ${H23_DOSSIER_E_SPACED}`, 'dossier'],
  [`Hello, I want check status of my application, code ${H23_DOSSIER_F}`, 'dossier'],
  [`kieemr tra tinhf trangj hoof sow ${H23_DOSSIER_G}`, 'dossier'],
  [
    `mẹ tôi nộp hồ sơ xin trợ cấp người cao tuổi ở xã, trên giấy biên nhận ghi mã ${H23_DOSSIER_H}, bao giờ mới có kết quả vậy`,
    'dossier',
  ],
  [`hồ sơ của tôi bao giờ trả kết quả vậy, tôi có cái phiếu hẹn đây, đọc mã cho ad nhé`, 'dossier'],
  [`mahs${H23_DOSSIER_I_GLUED}`, 'dossier'],
  [`cho hỏi hs ${H23_DOSSIER_J} quá ngày hẹn rồi sao chưa thấy ai báo j hết`, 'dossier'],
  [
    `Dạ con nhắn giùm ông ngoại. Ông làm thủ tục tách thửa đất cho mấy đứa con, phiếu hẹn ghi ngày 20 trả mà giờ qua cả tuần vẫn chưa có, ông cứ đòi con chở lên huyện hỏi hoài. Mã hồ sơ là ${H23_DOSSIER_K_LOWER_NODOT}, nhờ xem giúp tới bước nào rồi, con cảm ơn ạ`,
    'dossier',
  ],
  [`ho so nay da dc duyet chua a ${H23_DOSSIER_L}`, 'dossier'],
  [`My wife submit paper for temporary residence, the number is ${H23_DOSSIER_M}. It is finish yet?`, 'dossier'],

  // ---- my_dossiers (8)
  [`xem các hồ sơ tôi đã nộp`, 'my_dossiers'],
  [`toi quen ma ho so roi, co cach nao xem lai dc ko`, 'my_dossiers'],
  [
    `dạ cho hỏi năm nay tôi nộp mấy bộ hồ sơ ở bộ phận một cửa, giờ muốn coi lại hết một lượt, sdt tôi ${H23_PHONE_A}`,
    'my_dossiers',
  ],
  [`ds hs cua toi`, 'my_dossiers'],
  [
    `alo, làm mất tờ giấy biên nhận rồi, không nhớ mã, số điện thoại lúc đăng ký là ${H23_PHONE_B_SPACED}, tìm giùm mấy hồ sơ của bà tôi đứng tên`,
    'my_dossiers',
  ],
  [`Can I see all the papers I applied? I dont remember any number`, 'my_dossiers'],
  [`tất cả hồ sơ đứng tên tôi, tra theo số đt đc không`, 'my_dossiers'],

  // ---- dossier_follow (8)
  [`khi nào hồ sơ ${H23_DOSSIER_N_SPACED} có kết quả thì nhắn cho tôi biết nhé`, 'dossier_follow'],
  [`theo doi ho so ${H23_DOSSIER_P_NODOT}`, 'dossier_follow'],
  [`dạ tôi già rồi ko hay vào xem, có cách nào hồ sơ xong thì tự báo tin về zalo cho tôi ko`, 'dossier_follow'],
  [`Please notify me when application ${H23_DOSSIER_O} have update`, 'dossier_follow'],
  [`bật báo tin cho hs ${H23_DOSSIER_Q_LOWER}`, 'dossier_follow'],
  [
    `ad ơi hồ sơ của mẹ em mã ${H23_DOSSIER_R} có gì thay đổi thì báo em với nha, em đi làm xa không hỏi thường xuyên được`,
    'dossier_follow',
  ],
  [`đăng kí nhận tin nhắn mỗi lần hồ sơ ${H23_DOSSIER_S} đổi trạng thái`, 'dossier_follow'],
  [`cho tôi theo dõi cái hồ sơ này, có kết quả là báo liền: ${H23_DOSSIER_E_SPACED}`, 'dossier_follow'],

  // ---- dossier_unfollow (5)
  [`thôi đừng báo hồ sơ ${H23_DOSSIER_A} nữa, nhận kết quả rồi`, 'dossier_unfollow'],
  [`stop the updates about my application please`, 'dossier_unfollow'],
  [`dạ hồ sơ xong rồi, tắt báo tình trạng hồ sơ giùm tôi, tin nhắn cứ kêu hoài ông tôi khó chịu`, 'dossier_unfollow'],
  [`bỏ theo dõi hs ${H23_DOSSIER_B_NODOT}`, 'dossier_unfollow'],

  // ---- follows (5)
  [`tôi đang theo dõi những hồ sơ nào`, 'follows'],
  [`mấy hồ sơ đang được báo tin cho tôi là những cái nào`, 'follows'],
  [`which applications am I following?`, 'follows'],
  [`cho hỏi mình đã đăng ký báo tin cho mấy hồ sơ rồi, xem lại dc ko`, 'follows'],
  [`xem danh sach ho so dang theo doi`, 'follows'],

  // ---- procedure (16)
  [`làm khai sinh cho cháu nội cần giấy tờ j`, 'procedure'],
  [`thu tuc ket hon voi nguoi nuoc ngoai ntn`, 'procedure'],
  [`cccd làm lại mất bao nhiêu tiền`, 'procedure'],
  [
    `Dạ cho hỏi bà nội tôi 85 tuổi nằm một chỗ, muốn làm căn cước thì có cách nào làm tại nhà được không, cần chuẩn bị những giấy tờ gì, tôi cảm ơn`,
    'procedure',
  ],
  [`xin giay phep xay dung nha o nong thon can nhung gi`, 'procedure'],
  [`How to register temporary residence for foreigner?`, 'procedure'],
  [`đăng ký khai tử cho bố tôi thì làm ở đâu ạ`, 'procedure'],
  [`thủ tục sang tên sổ đỏ mất bao lâu`, 'procedure'],
  [`tthc chuyển hộ khẩu`, 'procedure'],
  [`cho hỏi xin bản sao trích lục khai sinh online được không, lệ phí bao nhiêu`, 'procedure'],
  [`gấy xác nhận tình trạng hôn nhân làm sao`, 'procedure'],
  [`thur tucj xin trowj caaps nguowif cao tuoir`, 'procedure'],
  [`I want open small shop, what paper I need for register household business?`, 'procedure'],
  [`lam lai giay khai sinh bi mat`, 'procedure'],
  [
    `dạ con muốn hỏi thủ tục cấp đổi giấy phép lái xe, bằng của ba con hết hạn lâu rồi, ở tỉnh mình thì nộp ở đâu, có phải thi lại ko, mang theo những gì ạ`,
    'procedure',
  ],
  [`chứng thực bản sao ở xã có mất phí ko`, 'procedure'],

  // ---- business (9)
  [`tra mst ${H23_TAX_A}`, 'business'],
  [`cty có mã số thuế ${H23_TAX_B_SPACED} còn hoạt động không ạ`, 'business'],
  [`mst ${H23_TAX_BRANCH} là chi nhánh của cty nào vậy`, 'business'],
  [`Is company with tax code ${H23_TAX_C} still operating?`, 'business'],
  [`cho hỏi công ty TNHH Xây dựng Phúc Thịnh Long địa chỉ ở đâu, ai đứng tên giám đốc`, 'business'],
  [
    `dạ con trai tôi đi làm cho Cty CP Thực phẩm Hoàng Lam, nghe người ta nói công ty đóng cửa rồi mà chưa trả lương, nhờ kiểm tra dn đó còn hoạt động không, mst là ${H23_TAX_D}`,
    'business',
  ],
  [`tra cuu doanh nghiep mst${H23_TAX_E_GLUED}`, 'business'],
  [`người đại diện pháp luật của mã số thuế ${H23_TAX_F} là ai`, 'business'],
  [`ktra dn ${H23_TAX_G} con hd ko`, 'business'],

  // ---- feedback (15)
  [
    `đường liên thôn Đồng Mít ổ gà to lắm, tối qua có ông cụ đi xe đạp té gãy tay, đề nghị chính quyền sửa gấp`,
    'feedback',
  ],
  [`rác đổ ở đầu hẻm 12 cả tuần không ai dọn, hôi quá`, 'feedback'],
  [`karaoke nhà hàng xóm hát tới 12h đêm, ông bà già ko ngủ được, phản ánh giùm`, 'feedback'],
  [`phan anh can bo xa thai do hach dich voi nguoi gia`, 'feedback'],
  [`The street light in front of my house broken 2 weeks, very dark at night, please fix`, 'feedback'],
  [`kiến nghị lắp đèn tín hiệu ở ngã tư chợ, xe chạy ẩu quá`, 'feedback'],
  [
    `Dạ tôi năm nay 72 tuổi, nhờ cháu gõ giùm. Chuyện là cái cống thoát nước trước nhà tôi bị nghẹt mấy tháng nay, mưa xuống là nước tràn vô nhà, tôi có báo ông trưởng thôn mà chưa thấy ai làm, nay tôi gửi lên tỉnh mong các đồng chí xem xét giải quyết giúp bà con trong xóm.`,
    'feedback',
  ],
  [`xưởng gỗ sát trường tiểu học xả khói bụi mù mịt, tụi nhỏ ho hoài`, 'feedback'],
  [`cây xanh ngã đè lên dây điện đường Lê Văn Hưu từ sáng, nguy hiểm lắm`, 'feedback'],
  [`nguowif ta laans chieems vir hef lamf quans`, 'feedback'],
  [`góp ý: nên có ghế ngồi chờ cho người già ở bộ phận một cửa huyện, đứng mỏi chân lắm`, 'feedback'],
  [`chó thả rông cắn người ở khu phố 5 mà ko ai xử lý`, 'feedback'],
  [`toi muon khieu nai viec nop ho so 3 lan bi tra ve ma can bo khong huong dan ro rang`, 'feedback'],
  [`nước máy mấy hôm nay đục ngầu có mùi, dân ko dám dùng`, 'feedback'],

  // ---- feedback_ticket (8)
  [`phản ánh ${H23_TICKET_A} xử lý tới đâu rồi`, 'feedback_ticket'],
  [`${H23_TICKET_B_LOWER} sao chua tra loi`, 'feedback_ticket'],
  [`dạ tôi gửi phản ánh vụ ổ gà hôm trước, số phiếu ${H23_TICKET_C}, cho hỏi có ai xuống xem chưa`, 'feedback_ticket'],
  [`What is the status of my complaint ${H23_TICKET_D}?`, 'feedback_ticket'],
  [`kiem tra pa ${H23_TICKET_E_SPACED}`, 'feedback_ticket'],
  [`ad ơi phản ánh số ${H23_TICKET_F} có kết quả chưa ạ`, 'feedback_ticket'],
  [`tra phan anh so${H23_TICKET_G_GLUED}`, 'feedback_ticket'],
  [
    `dạ lần trước tôi có nhờ phản ánh chuyện quán nhậu mở loa lớn, được cho mã ${H23_TICKET_H_NODASH} mà giờ vẫn ồn y như cũ, muốn hỏi xem đơn đó giải quyết tới đâu rồi`,
    'feedback_ticket',
  ],

  // ---- my_feedback (6)
  [`xem các phản ánh tôi đã gửi`, 'my_feedback'],
  [`danh sach phan anh cua toi`, 'my_feedback'],
  [`my complaints list`, 'my_feedback'],
  [`dạ tôi có gửi mấy cái phản ánh rồi mà quên hết số, giờ xem lại cả thảy được không`, 'my_feedback'],
  [`những kiến nghị mình gửi trước giờ`, 'my_feedback'],
  [`cho hỏi từ đầu năm tới giờ tôi gửi bao nhiêu phản ánh, liệt kê ra giúp`, 'my_feedback'],

  // ---- handoff (7)
  [`cho tôi nói chuyện với cán bộ`, 'handoff'],
  [`I want talk to a real person please`, 'handoff'],
  [`máy trả lời hoài không hiểu, có ai trực không cho tôi gặp với`, 'handoff'],
  [`ad ơi chuyển em qua nhân viên tư vấn trực tiếp đi`, 'handoff'],
  [`dạ bà tôi không rành bấm nút, muốn có cán bộ nhắn trả lời trực tiếp chứ không phải máy`, 'handoff'],
  [`kết nối chuyên viên`, 'handoff'],

  // ---- help (5)
  [`số hotline của tỉnh là bao nhiêu`, 'help'],
  [`trung tâm phục vụ hành chính công làm việc mấy giờ, thứ 7 có mở không`, 'help'],
  [`cái này dùng sao vậy, tôi không rành`, 'help'],
  [`dia chi bo phan mot cua o dau`, 'help'],

  // ---- menu (5)
  [`menu`, 'menu'],
  [`mở danh mục chức năng`, 'menu'],
  [`quay lại menu chính`, 'menu'],
  [`show main menu`, 'menu'],
  [`xem danh sach dich vu`, 'menu'],

  // ---- language (4)
  [`English please`, 'language'],
  [`Can you speak English? I cannot read Vietnamese`, 'language'],
  [`doi ngon ngu sang tieng viet`, 'language'],

  // ---- subscriptions (6)
  [`đăng ký nhận thông báo của tỉnh`, 'subscriptions'],
  [`cho tôi nhận tin cảnh báo bão lũ của tỉnh`, 'subscriptions'],
  [`subscribe to news from the province`, 'subscriptions'],
  [`dang ky nhan tin tuyen dung va chinh sach moi`, 'subscriptions'],
  [`xem mình đang nhận những chủ đề thông báo nào, muốn thêm mục y tế`, 'subscriptions'],
  [`dạ cho ông tôi đăng ký nhận thông báo về chính sách cho người cao tuổi với ạ`, 'subscriptions'],

  // ---- unsubscribe (5)
  [`đừng gửi tin thông báo cho tôi nữa, ngày nào cũng mấy tin`, 'unsubscribe'],
  [`ad ơi tôi không muốn nhận bản tin của tỉnh nữa`, 'unsubscribe'],

  // ---- welcome (4)
  [`alo ad`, 'welcome'],
  // Thanks are small talk, answered outside the flows: labelled none, like tuning 16's and tuning 36's (relabelled in the
  // round of tuning 37 and 38; written welcome).
  [`cảm ơn cháu nhiều nha`, 'none'],
  [`hi, good morning`, 'welcome'],

  // ---- my_data (4)
  [`các bạn đang lưu thông tin gì của tôi`, 'my_data'],
  [`what personal data do you keep about me?`, 'my_data'],
  [`xem du lieu ca nhan cua toi`, 'my_data'],
  [`dạ cho hỏi bên mình giữ số điện thoại với tên tuổi của tôi hả, cho xem lại những gì đã lưu`, 'my_data'],

  // ---- erase_my_data (4)
  [`xóa dữ liệu của tôi`, 'erase_my_data'],
  [`delete my data please`, 'erase_my_data'],
  [`xoa het thong tin ca nhan cua toi tren he thong nay`, 'erase_my_data'],
  [`dạ bà tôi không dùng nữa, nhờ xóa hết số điện thoại và thông tin của bà mà bên mình đã lưu`, 'erase_my_data'],

  // ---- none (12)
  [`giá vàng hôm nay bao nhiêu`, 'none'],
  [`mai trời có mưa không ad`, 'none'],
  [`kể chuyện cười đi`, 'none'],
  [`Bán đất nền ven biển giá rẻ, sổ hồng riêng, xây tự do, LH ${H23_PHONE_C_DOTS}`, 'none'],
  [`ad bao nhiêu tuổi rồi, có người yêu chưa`, 'none'],
  [`hồ sơ xin việc của em gửi công ty bên Bình Dương cả tháng mà chưa thấy gọi phỏng vấn, ad nghĩ sao`, 'none'],
  [`thủ tục cúng tân gia gồm những gì`, 'none'],
  [`kết quả xổ số miền Trung hôm nay`, 'none'],
  [`tra cứu hóa đơn tiền điện tháng 11 nhà tôi`, 'none'],
  [`How much is bus ticket to Ho Chi Minh city?`, 'none'],
  [`bán gạo ST25 giao tận nhà, ai cần ib`, 'none'],
  [`ngân hàng khóa thẻ atm của tôi rồi, làm sao mở lại`, 'none'],
];

/**
 * Held-out 24 (150 messages), written the same way: Southern, Central and Northern colloquial speech, teencode, pasted
 * notices, mixed English. Never tuned on until the round of tuning 37 and 38 studied its misses (tuning 38 since).
 */
// Batch 24: blind held-out messages (young people / workers, regional speech, teencode, English mix)

// dossier codes
const H24_DOS_A = '000.00.31.H56-261118-0214';
const H24_DOS_B_NODOT = '0000007H56-261021-0093';
const H24_DOS_C = '000.00.12.H56-261102-1107';
const H24_DOS_D_SPACE = '000 00 25 H56 261124 0048';
const H24_DOS_E = '000.00.04.H56-261201-0362';
const H24_DOS_F_LOWER = '000.00.19.h56-261109-0771';
const H24_DOS_G = '000.00.08.H56-261015-0529';
const H24_DOS_G_GLUED = `hoso${H24_DOS_G}`;
const H24_DOS_H = '000.00.33.H56-261027-0015';
const H24_DOS_I = '000.00.27.H56-261120-0680';
const H24_DOS_J = '000.00.02.H56-261110-0937';
const H24_DOS_J_LOWER = H24_DOS_J.toLowerCase();
const H24_DOS_K = '000.00.14.H56-261006-0251';
const H24_DOS_L_SPACE = '000.00.21.H56 - 261125 - 0404';
const H24_DOS_M = '000.00.09.H56-261129-0118';
const H24_DOS_N = '000.00.36.H56-261030-0862';
const H24_DOS_O_GLUED = 'mã:000.00.11.H56-261117-0590';
const H24_DOS_P = '000.00.06.H56-261014-1203';
const H24_DOS_Q = '000.00.23.H56-261122-0307';
const H24_DOS_R = '000.00.17.H56-261203-0026';
const H24_DOS_S_LOWER = '000.00.29.h56-261126-0745';
const H24_DOS_T = '000.00.05.H56-261019-0611';
const H24_DOS_U_NODOT = '0000030H56-261008-0199';

// tax codes (MST)
const H24_TAX_A = '4201873356';
const H24_TAX_B = '0316045821';
const H24_TAX_BRANCH = '4200917264-002';
const H24_TAX_C_GLUED = 'mst4201558093';
const H24_TAX_D_SPACE = '4201 264 718';

// feedback ticket numbers
const H24_PA_A = 'PA-ZL-2026-000527';
const H24_PA_B = 'PA-2026-000194';
const H24_PA_C_LOWER = 'pa-zl-2026-000611';
const H24_PA_D_SPACE = 'PA ZL 2026 000438';
const H24_PA_E = 'PA-2026-000302';
const H24_PA_F = 'PA-ZL-2026-000089';
const H24_PA_G_GLUED = 'phananhPA-2026-000715';
const H24_PA_H = 'PA-ZL-2026-000760';

// phones
const H24_PHONE_A = '0935417820';
const H24_PHONE_B = '0388 162 504';
const H24_PHONE_AD = '0977.306.142';

// other (unrelated) identifiers used in out-of-scope messages
const H24_PARCEL = 'GHN5KQ8V2T7';

const batch24Heldout: [string, string][] = [
  // ---- dossier (14)
  [`ê ad check giùm cái hồ sơ ${H24_DOS_A} tới đâu rồi dzậy, nộp cả tuần oy mà hông thấy ai gọi 😩`, 'dossier'],
  [`Hồ sơ mã ${H24_DOS_B_NODOT} của em đã có kết quả chưa ạ`, 'dossier'],
  [
    `Hi, I applied to renew my work permit last month, reference ${H24_DOS_C}. Could you tell me where it is in the process?`,
    'dossier',
  ],
  [`hồ sơ ${H24_DOS_D_SPACE} răng chừ chưa xong rứa, hẹn trả hôm thứ hai mà mô thấy chi`, 'dossier'],
  [
    `"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ - Mã hồ sơ: ${H24_DOS_E} - Ngày hẹn trả kết quả: 15/12/2026" ... cho hỏi tới ngày đó lấy được chưa hay bị trễ z ad`,
    'dossier',
  ],
  [`${H24_DOS_F_LOWER} xem tình trạng giúp mình với`, 'dossier'],
  [`kiểm tra hộ em cái ${H24_DOS_G_GLUED} nhaaa, bên phường bảo tra trên này đc`, 'dossier'],
  [
    `Dạ không biết bên mình có xem giúp được hồ sơ đăng ký biến động đất đai của nhà em đang tới bước nào không ạ, em có mã trên giấy biên nhận, cần thì em gửi ạ`,
    'dossier',
  ],
  [`hồ sơ cấp đổi bằng lái của t bị trả về hay sao mà lâu quá vậy, mã ${H24_DOS_H}, chờ mệt xỉu luôn`, 'dossier'],
  [`status hồ sơ ${H24_DOS_I} sao rồi ad, app bị lỗi hok vào coi được 😭😭`, 'dossier'],
  [
    `cho e hỏi hồ sơ xin giấy phép xây dựng nộp hôm 10/11, mã ${H24_DOS_J_LOWER}, bao giờ thì được trả kết quả v ạ`,
    'dossier',
  ],
  [
    `My wife filed our baby's birth registration, ref ${H24_DOS_K}. Is it done yet?? We need the certificate for his passport`,
    'dossier',
  ],
  [`Hồ sơ ${H24_DOS_M} nhà tôi bao giờ xong hả em, cán bộ bảo 15 ngày mà nay 20 ngày rồi vẫn im re`, 'dossier'],
  [`mã hồ sơ đây ạ ${H24_DOS_L_SPACE} -- cho hỏi đang nằm ở khâu nào rồi ạ?`, 'dossier'],

  // ---- my_dossiers (8)
  [`quên mất mã hồ sơ oy 😅 có cách nào coi hết mấy hồ sơ mình đã nộp hông ad`, 'my_dossiers'],
  [`Cho tôi xem danh sách các hồ sơ tôi đã nộp, số điện thoại đăng ký là ${H24_PHONE_A}`, 'my_dossiers'],
  [`Can I see all my applications? I lost the receipt slips so I don't have any codes.`, 'my_dossiers'],
  [`e nộp mấy bộ hồ sơ ở bộ phận một cửa mà giờ k nhớ cái nào là cái nào, liệt kê giúp e đc k`, 'my_dossiers'],
  [
    `tui tra hoài mà không ra, mất giấy biên nhận rồi, có coi được hết mấy hồ sơ tui nộp theo sđt ${H24_PHONE_B} không rứa`,
    'my_dossiers',
  ],
  [`check giùm list hồ sơ đứng tên mình với ad ơi`, 'my_dossiers'],
  [
    `Năm nay tôi nộp cả thảy ba hồ sơ (đất đai, hộ tịch, kinh doanh), nhờ xem giúp một lượt tất cả các hồ sơ đó được không`,
    'my_dossiers',
  ],
  [`mấy cái hồ sơ e nộp qua cổng dịch vụ công có cái nào xong chưa ạ, e hok lưu mã cái nào hết`, 'my_dossiers'],

  // ---- dossier_follow (8)
  [`hồ sơ ${H24_DOS_N} khi nào có kết quả thì nhắn e qua zalo nha, e làm ca hoài k canh đc`, 'dossier_follow'],
  [`Please notify me whenever the status of ${H24_DOS_P} changes.`, 'dossier_follow'],
  [`có chế độ báo tự động khi hồ sơ cập nhật hông ad, bật cho mình cái ${H24_DOS_O_GLUED}`, 'dossier_follow'],
  [`theo dõi hồ sơ ${H24_DOS_U_NODOT} giùm tui, có chi mới thì báo tui nghe`, 'dossier_follow'],
  [`ad ơi cứ có thay đổi gì ở hồ sơ cấp sổ đỏ của bố em (mã ${H24_DOS_Q}) thì ping em với nhé`, 'dossier_follow'],
  [`Mình muốn được báo mỗi lần hồ sơ ${H24_DOS_R} chuyển sang bước xử lý mới`, 'dossier_follow'],
  [`bật thông báo trạng thái cho hồ sơ ${H24_DOS_T} dùm mình nha, đỡ phải vô check mỗi ngày`, 'dossier_follow'],
  [`Lưu theo dõi hồ sơ này giúp em: ${H24_DOS_S_LOWER}. Có kết quả nhắn em liền nhaaa 🙏`, 'dossier_follow'],

  // ---- dossier_unfollow (5)
  [`thôi khỏi báo hồ sơ ${H24_DOS_N} nữa nha, nhận kết quả oy`, 'dossier_unfollow'],
  [`Stop sending me updates about application ${H24_DOS_P}, I already picked it up, thanks.`, 'dossier_unfollow'],
  [`hủy theo dõi hồ sơ giùm em, tin báo trạng thái hồ sơ nhiều quá trời`, 'dossier_unfollow'],
  [`đừng nhắn cập nhật hồ sơ cho tui nữa, xong xuôi hết rồi rứa`, 'dossier_unfollow'],
  [`bỏ follow hồ sơ ${H24_DOS_B_NODOT} đi ad`, 'dossier_unfollow'],

  // ---- follows (5)
  [`mình đang theo dõi những hồ sơ nào vậy ad`, 'follows'],
  [`Which applications am I currently getting status alerts for?`, 'follows'],
  [`cho e coi danh sách hồ sơ đang bật báo tự động với`, 'follows'],
  [`tui có đăng ký nhận báo cho mấy hồ sơ rồi mà giờ quên là mấy cái nào, coi giùm`, 'follows'],
  [`ủa sao e nhận tin cập nhật của 2 hồ sơ lận, e đang follow những cái nào dzậy`, 'follows'],

  // ---- procedure (16)
  [`làm lại CCCD bị mất thì cần giấy tờ j z ad, có tốn tiền hok`, 'procedure'],
  [`đăng ký kết hôn với người nước ngoài thì nộp ở đâu, mất bao lâu ạ`, 'procedure'],
  [
    `I'm an expat married to a Vietnamese woman. What documents do we need to register our son's birth here?`,
    'procedure',
  ],
  [`làm khai sinh cho bé thì cần mang theo chi rứa, lên xã hay lên tỉnh`, 'procedure'],
  [`xin giấy phép xây nhà 3 tầng thì hồ sơ gồm những gì, bao lâu thì có vậy mn`, 'procedure'],
  [`cho hỏi thủ tục tách thửa đất phí bao nhiêu ạ`, 'procedure'],
  [
    `"Công dân thay đổi chỗ ở hợp pháp phải làm thủ tục đăng ký thường trú trong thời hạn 12 tháng" — vậy giờ e chuyển hộ khẩu về nhà chồng thì làm sao, nộp online đc k ạ`,
    'procedure',
  ],
  [`giấy xác nhận tình trạng hôn nhân xin ở đâu nhen, cần gấp để làm hồ sơ vay`, 'procedure'],
  [
    `How do I register temporary residence for myself in this province? I'm renting an apartment and my landlord says I must.`,
    'procedure',
  ],
  [`đổi bằng lái ô tô B2 sắp hết hạn cần chuẩn bị j ạ, làm qua mạng đc hok`, 'procedure'],
  [`muốn đăng ký hộ kinh doanh để mở quán cafe nhỏ thì thủ tục sao ad, lệ phí nhiu`, 'procedure'],
  [`trích lục khai tử cho ông nội thì cần giấy tờ gì vậy ạ`, 'procedure'],
  [`chứng thực bản sao bằng đại học có cần mang bản gốc hok, phí 1 trang bao nhiêu`, 'procedure'],
  [`e muốn xin cấp lại giấy khai sinh bản chính do bị rách mất một nửa 😢 thủ tục thế nào ạ`, 'procedure'],
  [`mới nghỉ việc công ty, muốn hưởng trợ cấp thất nghiệp thì nộp hồ sơ ở đâu, trong bao lâu phải nộp z`, 'procedure'],
  [`cấp sổ đỏ lần đầu mất mấy ngày dzậy, nghe nói cả tháng trời, cần những giấy gì`, 'procedure'],

  // ---- business (9)
  [`tra MST ${H24_TAX_A} xem cty này còn hoạt động hok, bị nợ lương 2 tháng mà tìm hok ra chủ`, 'business'],
  [
    `Could you check if the company with tax code ${H24_TAX_B} is still active? About to sign an office lease with them.`,
    'business',
  ],
  [`cty TNHH TM DV Phúc Thịnh Phát có thiệt hông hay lừa đảo dzậy ad, ai đứng tên đại diện`, 'business'],
  [`mst ${H24_TAX_BRANCH} là chi nhánh của cty nào, địa chỉ ở mô rứa`, 'business'],
  [`check giùm ${H24_TAX_C_GLUED} với, bên này gọi chào hàng mà nghi nghi sao á`, 'business'],
  [`Công ty cổ phần xây dựng Hoàng Long Phú có trụ sở ở đâu vậy ạ, tôi cần biết địa chỉ đăng ký của họ`, 'business'],
  [`cho mình hỏi doanh nghiệp mã số ${H24_TAX_D_SPACE} ai là người đại diện pháp luật vậy`, 'business'],
  [`cty e sắp vô làm tên là Cty TNHH May mặc Minh Khôi, tra giúp coi còn hoạt động k hay giải thể rồi`, 'business'],
  [
    `Is "Sao Mai Logistics" actually a registered company here? Need their registered address and who runs it pls`,
    'business',
  ],

  // ---- feedback (15)
  [`đường vô xóm tui ổ gà to như cái nồi, tối qua 2 đứa nhỏ té xe 😡😡 phản ánh dùm lên xã coi sửa giùm`, 'feedback'],
  [`Quán karaoke đầu hẻm 45 hát tới 1-2h sáng đêm nào cũng vậy, muốn phản ánh thì gửi ở đây đc ko`, 'feedback'],
  [`rác ở chợ đổ tràn ra lề đường cả tuần hổng ai dọn, hôi muốn xỉu, báo cho ai lo vụ này dzậy`, 'feedback'],
  [
    `The streetlight outside our building on Tran Phu street has been out for two weeks, it's really dark and unsafe. I'd like to report it.`,
    'feedback',
  ],
  [`cán bộ một cửa ở phường hách dịch quá, e hỏi có mấy câu mà quát e, e muốn góp ý về thái độ`, 'feedback'],
  [`cống bể nước thải tràn ra đường ở khu tái định cư, mùi kinh khủng, đề nghị xử lý gấp`, 'feedback'],
  [
    `chỗ cầu tràn thôn 3 lũ cuốn mất lan can rồi, răng không ai rào lại, con nít đi học nguy hiểm lắm, phản ánh giúp với`,
    'feedback',
  ],
  [`kiến nghị: nên lắp đèn tín hiệu ở ngã tư trước trường THCS, giờ tan học kẹt xe với va quẹt hoài`, 'feedback'],
  [`Xưởng gỗ kế nhà em xả bụi với chạy máy ầm ầm từ 5h sáng, em muốn báo lên cơ quan môi trường`, 'feedback'],
  [
    `có người đổ trộm xà bần ra bãi đất trống sau nhà văn hóa khu phố, e chụp được biển số xe rồi, gửi hình phản ánh ở đâu`,
    'feedback',
  ],
  [`app dịch vụ công lỗi hoài, nộp tới bước thanh toán là văng ra 🤬 góp ý cho bên kỹ thuật sửa đi chứ`, 'feedback'],
  [`cây xanh trước số nhà 12 nghiêng sắp đổ vô dây điện, bão tới là toi, báo giúp với`, 'feedback'],
  [
    `Người ta lấn chiếm vỉa hè bán hàng kín hết, người đi bộ phải đi xuống lòng đường. Tôi đề nghị phường xử lý.`,
    'feedback',
  ],
  [`nước máy khu e mấy hôm nay đục ngầu còn có mùi, muốn gửi phản ánh cho cơ quan chức năng`, 'feedback'],
  [`Tui thấy mấy người đi thu "phí vệ sinh" mà không có biên lai, nghi lạm thu, muốn tố cáo`, 'feedback'],

  // ---- feedback_ticket (8)
  [`phản ánh ${H24_PA_A} của tui gửi 2 tuần rồi sao chưa thấy ai xử lý dzậy`, 'feedback_ticket'],
  [`What's the status of my report ${H24_PA_B}?`, 'feedback_ticket'],
  [`cho hỏi phiếu ${H24_PA_C_LOWER} đã chuyển về phường chưa ạ`, 'feedback_ticket'],
  [`kiến nghị số ${H24_PA_D_SPACE} về vụ đèn đường tới đâu rồi ad`, 'feedback_ticket'],
  [`mình có gửi phản ánh vụ ổ gà, mã ${H24_PA_E}, đã có kết quả trả lời chưa vậy`, 'feedback_ticket'],
  [
    `"Hệ thống đã tiếp nhận phản ánh của bạn. Mã số: ${H24_PA_F}" - nhận tin này hôm thứ 6, giờ coi tình trạng nó ở đâu`,
    'feedback_ticket',
  ],
  [`tra giúp e cái ${H24_PA_G_GLUED} với, bên phường nói xử lý rồi mà e chưa thấy gì`, 'feedback_ticket'],
  [`phản ánh mã ${H24_PA_H} trả lời chưa rứa, tui chờ mà chưa thấy chi`, 'feedback_ticket'],

  // ---- my_feedback (6)
  [`coi giùm mấy cái phản ánh tui đã gửi từ đầu năm tới giờ`, 'my_feedback'],
  [`Can I see a list of all the reports I've submitted?`, 'my_feedback'],
  [`danh sách kiến nghị của e đâu ạ, e gửi mấy lần mà quên mã hết 😅`, 'my_feedback'],
  [`mấy phản ánh mình gửi qua zalo giờ xem lại ở đâu vậy ad`, 'my_feedback'],
  [`tui gửi 3-4 cái phản ánh về rác với đèn đường, liệt kê hết ra coi cái nào xử lý rồi`, 'my_feedback'],
  [`mấy góp ý mình từng gửi cho tỉnh, cho xem lại hết một lượt với`, 'my_feedback'],

  // ---- handoff (7)
  [`cho e nói chuyện với cán bộ thật đc k, bot trả lời hok đúng ý 😤`, 'handoff'],
  [`Can I speak to a real person please?`, 'handoff'],
  [`gặp nhân viên tư vấn trực tiếp giùm tui, chuyện hơi rắc rối nói hổng hết`, 'handoff'],
  [`chuyển cho anh chị cán bộ trực giúp em với ạ`, 'handoff'],
  [`răng cứ máy trả lời hoài rứa, tui muốn gặp người thiệt`, 'handoff'],
  [`ad ơi có ai trực hông, cần người thật tư vấn gấp`, 'handoff'],
  [`Tôi muốn trao đổi trực tiếp với chuyên viên phụ trách, không chat với máy nữa.`, 'handoff'],

  // ---- help (5)
  [`hotline của trung tâm phục vụ hành chính công tỉnh là số mấy z ad`, 'help'],
  [`What are the opening hours of the public service center? And where is it?`, 'help'],
  [`bot này làm đc những j vậy, dùng sao`, 'help'],
  [`thứ 7 bộ phận một cửa có làm việc hông nhen`, 'help'],
  [`trung tâm hành chính công nằm ở đường nào dợ, mình ở huyện xa mới lên lần đầu`, 'help'],

  // ---- menu (5)
  [`menu`, 'menu'],
  [`mở danh mục chức năng chính coi`, 'menu'],
  [`Show me the main menu`, 'menu'],
  [`quay về menu chính đi ad`, 'menu'],
  [`lỡ bấm lung tung mất tiêu, hiện lại cái bảng menu dịch vụ giùm`, 'menu'],

  // ---- language (4)
  [`Can you switch to English please? My Vietnamese isn't good enough.`, 'language'],
  [`chuyển qua tiếng Anh giùm, cho bạn tui người Úc đọc với`, 'language'],
  [`đổi lại tiếng Việt đi, đọc tiếng Anh hok hiểu j hết 😵`, 'language'],
  [`Is there an English version of this chat?`, 'language'],

  // ---- subscriptions (6)
  [`muốn nhận thông báo của tỉnh về lịch cúp điện với thiên tai thì đăng ký sao`, 'subscriptions'],
  [`Can I subscribe to province announcements, like road closures and events?`, 'subscriptions'],
  [`đăng ký nhận tin tuyển dụng công chức của tỉnh dùm e`, 'subscriptions'],
  [`chỉnh lại mấy chủ đề tin đang nhận đi, e chỉ muốn tin về giáo dục thôi`, 'subscriptions'],
  [`có kênh nào báo tin bão lũ qua zalo hông, đăng ký cho tui với, nhà ở vùng trũng`, 'subscriptions'],
  [`tui đang nhận bản tin của tỉnh về những chủ đề nào rứa`, 'subscriptions'],

  // ---- unsubscribe (5)
  [`ngày nào cũng nhắn bản tin mệt quá, hủy nhận tin giùm`, 'unsubscribe'],
  [`Please unsubscribe me from all announcements.`, 'unsubscribe'],
  [`đừng gửi tin tức của tỉnh cho e nữa nha`, 'unsubscribe'],
  [`tắt hết thông báo tin tức từ OA này đi ạ`, 'unsubscribe'],
  [`thôi hok nhận tin nữa đâu, spam quá trời 😑`, 'unsubscribe'],

  // ---- welcome (4)
  [`chào ad nha 👋`, 'welcome'],
  [`Hello there!`, 'welcome'],
  // Thanks: none, as above (relabelled; written welcome).
  [`cảm ơn nhiều nha, trả lời nhanh ghê 👍👍`, 'none'],
  [`chào buổi sáng ạ, lần đầu e vô trang này`, 'welcome'],

  // ---- my_data (4)
  [`bên mình đang lưu những thông tin cá nhân gì của tui vậy`, 'my_data'],
  [`What personal data do you keep about me?`, 'my_data'],
  [`cho e xem dữ liệu của e mà hệ thống đang giữ, sđt, tên tuổi các thứ`, 'my_data'],
  [`tui sợ lộ thông tin quá, dữ liệu của tui mà OA này lưu gồm những chi rứa`, 'my_data'],

  // ---- erase_my_data (4)
  [`xóa hết thông tin cá nhân của tui trong hệ thống đi`, 'erase_my_data'],
  [`Please delete all my personal data.`, 'erase_my_data'],
  [`e hok dùng nữa, xóa sđt với dữ liệu của e giùm`, 'erase_my_data'],
  [`Yêu cầu hủy toàn bộ dữ liệu cá nhân mà OA đã thu thập của tôi theo Nghị định 13.`, 'erase_my_data'],

  // ---- none (12)
  [`giá vàng SJC hôm nay bao nhiêu z ad`, 'none'],
  [`kết quả xổ số đài Vĩnh Long chiều nay ra số mấy`, 'none'],
  [`tối nay VN đá với Thái mấy giờ z mn ⚽⚽`, 'none'],
  [`Bán đất nền giá rẻ sổ hồng riêng, đường nhựa 12m, LH ${H24_PHONE_AD} gặp chị Hằng`, 'none'],
  [`crush hông rep tin nhắn 3 ngày rồi phải làm sao đây ad 😭`, 'none'],
  [`kiểm tra tiền điện tháng này nhà em sao cao dữ vậy, gấp đôi tháng trước`, 'none'],
  [`đăng ký gói data 4G 1 tháng của Viettel sao ad`, 'none'],
  [`tra cứu vận đơn ${H24_PARCEL} giùm, shipper nói giao rồi mà e chưa nhận`, 'none'],
  [`How's the weather in Da Lat this weekend? Planning a trip.`, 'none'],
  [`có ai biết quán bún bò nào ngon gần chợ hông`, 'none'],
  [`app ngân hàng bị lỗi hok chuyển khoản đc, ai bị giống hông`, 'none'],
  [`ad ơi bán cho e 2 vé xem ca nhạc tối thứ 7 ở quảng trường đi`, 'none'],
];

/**
 * Held-out 25 (124 messages: 150 written, less 26 that were a flow's own example or keyword or already a message of
 * the tuning part, mostly one to four words), written blind on 2026-12-04 by a writer who read only the list of labels (its "what can
 * this bot do" now listed under the menu, as the fixture labels it), while the round of tuning 37 and 38 ran without
 * it: a general mix of everyday citizens.
 */
const H25_DOS_A = '000.00.15.H02-250311-0427';
const H25_DOS_B = '000.00.31.h02-250407-0118';
const H25_DOS_C = '000.00.07.H02 250512 0093';
const H25_DOS_D = '000.00.22.H02-250519-1206';
const H25_DOS_E = '000.00.04.H02-250602-0031';
const H25_DOS_F = '000.00.18.H02-250214-0775';
const H25_DOS_G = '0002041H02-250428-0310';
const H25_DOS_H = '000.00.26.H02-250605-0058';
const H25_DOS_I = '000.00.12.H02-250317-2214';
const H25_DOS_J = '000.00.09.h02 250530 0412';
const H25_DOS_K = '000.00.33.H02-250611-0087';
const H25_DOS_L = '000.00.15.H02-250620-0164';
const H25_DOS_M = '000.00.05.H02-250701-0539';
const H25_DOS_N = '000.00.28.H02-250613-0902';
const H25_DOS_O = '000.00.11.h02-250708-0246';
const H25_DOS_P = '000.00.19.H02-250710-0019';
const H25_DOS_Q = '000.00.02.H02-250425-0681';
const H25_DOS_R = '0000030H02 250522 0137';
const H25_DOS_S = '000.00.14.H02-250716-0325';
const H25_TAX_A = '4201847392';
const H25_TAX_B = '0316275814';
const H25_TAX_C = '2901536478';
const H25_TAX_D = '3702914086';
const H25_TAX_E = '0312458967-002';
const H25_TAX_F = '4300621957';
const H25_TICKET_A = 'PA-2026-004517';
const H25_TICKET_B = 'PA-ZL-2026-001283';
const H25_TICKET_C = 'pa-2026-000871';
const H25_TICKET_D = 'PA-2026-002096';
const H25_TICKET_E = 'PA-ZL-2026-000342';
const H25_TICKET_F = 'PA-2026-003768';
const H25_TICKET_G = 'pa-zl-2026-001950';
const H25_TICKET_H = 'PA-2026-000659';
const H25_PHONE_A = '0978 214 365';
const H25_PHONE_B = '0336518902';

const batch25Heldout: [string, string][] = [
  // dossier (14)
  [`hồ sơ ${H25_DOS_A} của em đến đâu rồi ạ`, 'dossier'],
  [`cho hoi ho so ${H25_DOS_B} da co ket qua chua`, 'dossier'],
  [`tra cuu hs ${H25_DOS_C}`, 'dossier'],
  [
    `Em nộp hồ sơ đăng ký khai sinh cho con hôm thứ 2 mà giờ chưa thấy ai gọi, mã ${H25_DOS_D} ạ. Cho em hỏi đã xong chưa?`,
    'dossier',
  ],
  [`${H25_DOS_E}`, 'dossier'],
  ['hoof sow cuar tooi ddax dduowcj duyeetj chuaw vaayj', 'dossier'],
  [`Check status of application ${H25_DOS_F} please`, 'dossier'],
  [`ho so cap phep xay dung nha minh nop tu thang truoc ma van chua thay tra ket qua, ma hs ${H25_DOS_G}`, 'dossier'],
  ['dạ cho cháu hỏi hồ sơ chuyển mục đích sử dụng đất của bố cháu đang xử lý ở bước nào rồi ạ', 'dossier'],
  [`hs ${H25_DOS_H} qua han hen tra roi ma chua thay gi, kiem tra giup e voi`, 'dossier'],
  [`My residence registration file number is ${H25_DOS_I}, is it ready for pickup?`, 'dossier'],
  [`ktra giùm e mã hồ sơ ${H25_DOS_J} vs ạ`, 'dossier'],
  [`kq ho so ${H25_DOS_K} the nao r ad`, 'dossier'],
  [`Hồ sơ ${H25_DOS_L} sao bị trả về vậy, cần bổ sung gì ạ?`, 'dossier'],

  // my_dossiers (8)
  ['em quên mã hồ sơ rồi, tra bằng sđt được không ạ', 'my_dossiers'],
  [`sdt ${H25_PHONE_A} nộp mấy hồ sơ rồi cho em xem hết với`, 'my_dossiers'],
  ['mat giay bien nhan roi k nho ma hs, lam sao tra dc a', 'my_dossiers'],
  ['I forgot my application code, can I look it up by my phone number?', 'my_dossiers'],
  ['tất cả hồ sơ tôi đã nộp', 'my_dossiers'],
  ['cho minh xem cac hs minh da nop tren dvc nam nay', 'my_dossiers'],
  [`tra cứu hs theo số đt ${H25_PHONE_B} giúp mình`, 'my_dossiers'],

  // dossier_follow (8)
  [`báo cho tôi khi hồ sơ ${H25_DOS_M} có kết quả nhé`, 'dossier_follow'],
  [`theo doi ho so ${H25_DOS_N}`, 'dossier_follow'],
  [`co cach nao nhan thong bao tu dong khi hs ${H25_DOS_O} doi trang thai ko ad`, 'dossier_follow'],
  [`Notify me when ${H25_DOS_P} is done`, 'dossier_follow'],
  [`đăng ký theo dõi hồ sơ ${H25_DOS_B}`, 'dossier_follow'],
  [`khi nao hs cua e xong thi nhan tin bao e nhe, ma ${H25_DOS_Q}`, 'dossier_follow'],
  [`follow hồ sơ ${H25_DOS_R} giùm em`, 'dossier_follow'],
  ['em muốn nhận tin nhắn mỗi khi hồ sơ cấp sổ đỏ của em chuyển bước ạ', 'dossier_follow'],

  // dossier_unfollow (5)
  [`bỏ theo dõi hồ sơ ${H25_DOS_S}`, 'dossier_unfollow'],
  [`hs ${H25_DOS_A} nhan kq roi, dung bao nua nhe`, 'dossier_unfollow'],
  [`Stop notifications for ${H25_DOS_F}`, 'dossier_unfollow'],
  [`thôi không cần báo tiến độ hồ sơ ${H25_DOS_K} nữa đâu ạ`, 'dossier_unfollow'],

  // follows (5)
  ['xem lai cac hs minh da bam theo doi voi', 'follows'],
  ['mình có đăng ký nhận tb cho mấy hồ sơ ấy, giờ muốn xem lại là những hồ sơ nào ạ', 'follows'],

  // procedure (16)
  ['làm giấy khai sinh cho con cần những giấy tờ gì ạ', 'procedure'],
  ['cccd bi mat thi lam lai o dau, mat bao lau', 'procedure'],
  ['xin cap phep xd nha o rieng le can hs gi', 'procedure'],
  ['How do I register temporary residence as a foreigner?', 'procedure'],
  ['le phi cap lai so do la bao nhieu v ad', 'procedure'],
  [
    'Cho em hỏi thủ tục đăng ký hộ kinh doanh cá thể để mở quán cà phê nhỏ thì nộp ở đâu, mất mấy ngày ạ? Em cần chuẩn bị những gì?',
    'procedure',
  ],
  ['xin lý lịch tư pháp số 2 làm sao', 'procedure'],
  ['tthc trợ cấp cho người cao tuổi trên 80', 'procedure'],
  ['tach thua dat can nhung gi ad', 'procedure'],
  ['dang ky thuong tru cho vo ve nha chong thi can giay to j', 'procedure'],
  ['What documents are needed to get a marriage certificate in Vietnam?', 'procedure'],
  ['khai tử cho ông nội thì làm ở xã hay huyện ạ', 'procedure'],
  ['thur tucj sang teen sor ddor', 'procedure'],
  ['hộ nghèo muốn xin trợ cấp thì nộp hồ sơ ở đâu', 'procedure'],
  ['trich luc khai sinh ban sao xin o dau a, co lam online dc ko', 'procedure'],

  // business (9)
  [`tra mst ${H25_TAX_A}`, 'business'],
  [`cty co mst ${H25_TAX_B} con hoat dong ko`, 'business'],
  ['Công ty TNHH Xây dựng Phú Thịnh Phát địa chỉ ở đâu, ai là người đại diện pháp luật vậy ạ', 'business'],
  [`check tax code ${H25_TAX_E}`, 'business'],
  [`dn ${H25_TAX_C} da giai the chua`, 'business'],
  [`mã số thuế ${H25_TAX_D} là của công ty nào`, 'business'],
  ['tra cứu hộ kinh doanh tạp hóa Minh Tâm ở phường 3 còn hoạt động không', 'business'],
  [`Is the company with tax ID ${H25_TAX_F} still active?`, 'business'],
  ['ng dai dien phap luat cua cong ty co phan thuy san Hai Long la ai', 'business'],

  // feedback (15)
  [
    'Đường liên xã đoạn qua thôn 4 có ổ gà rất to, tối qua có người đi xe máy bị ngã. Đề nghị chính quyền sớm sửa chữa ạ.',
    'feedback',
  ],
  ['rac chat dong o dau hem 12 ca tuan nay ko ai thu gom, boc mui qua', 'feedback'],
  ['karaoke nha ben canh hat toi 12h dem, phan anh giup', 'feedback'],
  ['đèn đường ngã tư chợ bị hư cả tháng rồi', 'feedback'],
  ['nguoi ta dang xay nha lan chiem hanh lang song, ko co giay phep', 'feedback'],
  ['The street near my apartment floods every time it rains, who can fix the drainage?', 'feedback'],
  ['can bo mot cua xa thai do hach dich, em muon phan anh', 'feedback'],
  ['kiến nghị lắp thêm biển báo giảm tốc trước cổng trường tiểu học', 'feedback'],
  ['cay xanh sap do truoc nha so 45 duong Le Loi, nguy hiem lam', 'feedback'],
  ['co xuong go xa khoi bui mu mit ca xom, ai giai quyet ko', 'feedback'],
  ['nước sinh hoạt khu tái định cư mất cả tuần nay mà không ai thông báo gì hết', 'feedback'],
  ['xe tai cho dat lam vang bun khap duong, mua xuong tron truot', 'feedback'],
  ['Broken streetlight on Tran Phu street, please fix', 'feedback'],
  ['hàng quán lấn chiếm vỉa hè không có chỗ đi bộ, đề nghị xử lý', 'feedback'],

  // feedback_ticket (8)
  [`phản ánh ${H25_TICKET_A} xử lý tới đâu rồi`, 'feedback_ticket'],
  [`${H25_TICKET_B} sao chua thay phan hoi`, 'feedback_ticket'],
  [`tra cuu phan anh so ${H25_TICKET_C}`, 'feedback_ticket'],
  [`What's the status of my report ${H25_TICKET_D}?`, 'feedback_ticket'],
  [`em gửi PA về ổ gà tuần trước, mã ${H25_TICKET_E} , đã có ai xuống xem chưa ạ`, 'feedback_ticket'],
  [`ma pa ${H25_TICKET_F} ket qua the nao`, 'feedback_ticket'],
  [`kiểm tra giúp phiếu phản ánh ${H25_TICKET_G}`, 'feedback_ticket'],
  [`${H25_TICKET_H} da xu ly xong chua ad`, 'feedback_ticket'],

  // my_feedback (6)
  ['ds phan anh cua toi', 'my_feedback'],
  ['Show me all the reports I submitted', 'my_feedback'],
  ['mình gửi mấy cái phản ánh rồi mà quên mã, cho xem lại danh sách đc ko', 'my_feedback'],
  ['nhung kien nghi em da gui tu truoc toi gio', 'my_feedback'],
  ['lich su phan anh', 'my_feedback'],

  // handoff (7)
  ['cho gặp cán bộ', 'handoff'],
  ['toi muon noi chuyen voi nguoi that', 'handoff'],
  ['bot tra loi ko dung y, cho em gap nhan vien tu van truc tiep', 'handoff'],
  ['ad oi co ai truc ko, e can nguoi that ho tro gap', 'handoff'],
  ['chuyen cho chuyen vien giup toi', 'handoff'],

  // help (5)
  ['số hotline của trung tâm phục vụ hành chính công tỉnh là bao nhiêu', 'help'],
  ['bộ phận một cửa tỉnh làm việc giờ nào, thứ 7 có làm ko', 'help'],
  ['dia chi trung tam hcc o dau vay', 'help'],
  ['cach su dung chatbot nay the nao', 'help'],
  ['What are your office opening hours?', 'help'],

  // menu (5)
  ['tro ve trang chu', 'menu'],
  ['bấm nhầm rồi, quay lại từ đầu', 'menu'],
  ['trang này có những dịch vụ gì vậy ad', 'menu'],
  ['What can this bot do?', 'menu'],

  // language (4)

  // subscriptions (6)
  ['đăng ký nhận thông báo lịch cắt điện', 'subscriptions'],
  ['muon nhan tin canh bao bao lu', 'subscriptions'],
  ['Subscribe me to weather and disease alerts', 'subscriptions'],
  ['dk nhan tin tuc tu tinh', 'subscriptions'],
  ['lich tiem vac xin cho tre co thong bao qua zalo ko, dang ky nhan o dau', 'subscriptions'],
  ['quản lý các mục tin mình đang nhận', 'subscriptions'],

  // unsubscribe (5)
  ['ngày nào cũng nhắn tin tức làm phiền quá, tắt giúp em', 'unsubscribe'],
  ['ko muon nhan tin canh bao thoi tiet nua', 'unsubscribe'],

  // welcome (4)

  // my_data (4)
  ['chatbot đang lưu những thông tin cá nhân gì của tôi', 'my_data'],
  ['theo nghi dinh 13 toi co quyen biet cac ban luu gi ve toi, cho toi xem', 'my_data'],

  // erase_my_data (4)
  ['xóa hết dữ liệu của tôi', 'erase_my_data'],
  ['xoa thong tin ca nhan cua toi khoi he thong', 'erase_my_data'],
  ['Please delete my personal data', 'erase_my_data'],
  ['em ko dung nua, xoa sdt va ten em di nhe', 'erase_my_data'],

  // none (12)
  ['phòng khám tư Hoàng Long mấy giờ mở cửa', 'none'],
  ['hotline vietcombank la so nao', 'none'],
  ['tối qua VN đá với Thái mấy mấy vậy', 'none'],
  ['cách nấu bún bò Huế', 'none'],
  ['trời hôm nay nóng ghê ha ad', 'none'],
  ['cảm ơn nhé', 'none'],
  ['ai ban sim so dep ko', 'none'],
  ['Where can I rent a motorbike in town?', 'none'],
  ['chuyển khoản nhầm số tài khoản ngân hàng thì làm sao lấy lại', 'none'],
  ['ad oi ke chuyen cuoi di', 'none'],
];

/**
 * Held-out 26 (123 messages: 150 written, less 27 the same way), written the same way: the hard cases (one to three words, elderly formal style, voice
 * typing, regional speech, teencode, stories with the request at the end, two topics, foreigners' broken English).
 */
const H26_DOSSIER_A = '000.00.22.H31-250318-0457';
const H26_DOSSIER_A_LOWER = '000.00.22.h31-250318-0457';
const H26_DOSSIER_B_SPACED = '000.12.34.H31 250411 0082';
const H26_DOSSIER_C = '000.05.17.H31-250226-0930';
const H26_DOSSIER_D = '000.41.08.H31-250604-0216';
const H26_DOSSIER_E = '000.00.09.H31-250715-1044';
const H26_DOSSIER_F = '000.27.63.H31-241119-0071';
const H26_DOSSIER_G_LOWER = '000.33.52.h31-250809-0388';
const H26_DOSSIER_NODOTS = '0000035H31-250520-0113';
const H26_DOSSIER_H = '000.18.90.H31-250901-0625';
const H26_TAX_A = '4101567823';
const H26_TAX_B = '3301234786';
const H26_TAX_C = '0317654209';
const H26_TAX_D_BRANCH = '4100938651-002';
const H26_TAX_E_SPACED = '3702 418 596';
const H26_TAX_F = '6001472935';
const H26_TICKET_A = 'PA-2026-004817';
const H26_TICKET_B_LOWER = 'pa-zl-2026-001392';
const H26_TICKET_C = 'PA-ZL-2026-000958';
const H26_TICKET_D = 'PA-2026-002641';
const H26_TICKET_D_SPACED = 'PA 2026 002641';
const H26_PHONE_A = '0914 372 685';
const H26_PHONE_B = '0388271945';
const H26_PHONE_C = '0706 519 843';
const H26_PHONE_D = '0963.284.517';

const batch26Heldout: [string, string][] = [
  // dossier (14)
  [`${H26_DOSSIER_A}`, 'dossier'],
  [`hs ${H26_DOSSIER_A_LOWER} sao r ad`, 'dossier'],
  [
    `Kính gửi quý cơ quan, tôi là Nguyễn Văn Thảo, năm nay đã 72 tuổi, ngụ tại thôn Phước Lộc. Hồi tháng trước tôi có nộp hồ sơ xin cấp đổi giấy chứng nhận quyền sử dụng đất, mã số ${H26_DOSSIER_B_SPACED}. Tôi xin phép hỏi quý cơ quan hồ sơ của tôi đã được giải quyết tới đâu rồi ạ. Xin chân thành cảm ơn.`,
    'dossier',
  ],
  [
    'cho tôi hỏi cái hồ sơ đăng ký khai sinh cho cháu nộp hôm thứ hai tuần trước giờ sao rồi có kết quả chưa vậy',
    'dossier',
  ],
  [`hồ sơ tui nộp bữa trước tới mô rồi rứa ${H26_DOSSIER_C}`, 'dossier'],
  [`mấy ổng nói 15 ngày mà giờ 1 tháng rồi hông thấy gì hết, hồ sơ ${H26_DOSSIER_D} tới đâu rồi dzậy`, 'dossier'],
  [`Hello, what is the status of my application ${H26_DOSSIER_E}? I applied for extend work permit`, 'dossier'],
  [`my dossier ${H26_DOSSIER_A} is done or not`, 'dossier'],
  [
    `Cảm ơn chatbot tuần trước đã hướng dẫn tôi làm thủ tục chuyển nhượng đất rất chi tiết. Tôi đã nộp rồi, mã là ${H26_DOSSIER_F}, nhờ kiểm tra giúp đã xong chưa`,
    'dossier',
  ],
  [`Hồ sơ ${H26_DOSSIER_B_SPACED} của tôi xử lý tới bước nào rồi? Nếu bị trả thì tôi đi bổ sung luôn`, 'dossier'],
  ['tra hs', 'dossier'],
  [`ket qua ho so ${H26_DOSSIER_G_LOWER} co chua ad`, 'dossier'],
  ['Khi mô thì có giấy phép xây dựng rứa, tui nộp hồ sơ từ tháng 3 mà chưa thấy chi hết', 'dossier'],
  [`hồ sơ ${H26_DOSSIER_NODOTS}`, 'dossier'],

  // my_dossiers (8)
  ['quên mã hồ sơ rồi', 'my_dossiers'],
  [
    `Kính thưa cán bộ, tôi có nộp mấy bộ hồ sơ ở bộ phận một cửa huyện nhưng làm mất giấy biên nhận, không nhớ mã số. Số điện thoại tôi đăng ký là ${H26_PHONE_A}. Nhờ cán bộ xem giúp tôi có những hồ sơ nào ạ.`,
    'my_dossiers',
  ],
  [
    `tui nộp nhiều hồ sơ quá hông nhớ cái nào là cái nào, coi giùm tui hết mấy cái tui nộp nhen sđt ${H26_PHONE_B}`,
    'my_dossiers',
  ],
  [
    `I lost my receipt and forget the dossier number. Can you show all my applications? phone ${H26_PHONE_C}`,
    'my_dossiers',
  ],
  ['xem tất cả hồ sơ tôi đã nộp theo số điện thoại', 'my_dossiers'],
  [
    'giấy hẹn trả kết quả bị con chó nó cắn rách mất cái mã rồi giờ làm sao coi lại được mấy hồ sơ của tôi',
    'my_dossiers',
  ],
  ['mất biên nhận rồi rứa thì răng coi lại mấy hồ sơ tui đã nộp', 'my_dossiers'],

  // dossier_follow (8)
  [`theo dõi hồ sơ ${H26_DOSSIER_H}`, 'dossier_follow'],
  [
    `khi nào hồ sơ ${H26_DOSSIER_A_LOWER} có kết quả thì nhắn tui nhen, tui ở rẫy hông coi điện thoại thường`,
    'dossier_follow',
  ],
  [`Please notify me when status of ${H26_DOSSIER_E} change`, 'dossier_follow'],
  [
    `Kính gửi Ban quản trị, tôi đã lớn tuổi, mắt kém, không tự tra cứu thường xuyên được. Kính mong quý cơ quan báo cho tôi biết mỗi khi hồ sơ số ${H26_DOSSIER_F} có thay đổi. Trân trọng.`,
    'dossier_follow',
  ],
  [`dk nhan tb hs ${H26_DOSSIER_D} dc ko`, 'dossier_follow'],
  [`bao cho toi khi co ket qua ho so ${H26_DOSSIER_B_SPACED}`, 'dossier_follow'],
  ['follow hồ sơ', 'dossier_follow'],
  [`có chi mới về hồ sơ ${H26_DOSSIER_C} thì báo tui với nghe`, 'dossier_follow'],

  // dossier_unfollow (5)
  [`bỏ theo dõi hồ sơ ${H26_DOSSIER_H}`, 'dossier_unfollow'],
  [`hồ sơ ${H26_DOSSIER_A} có kết quả rồi, tôi nhận giấy rồi, đừng gửi thông báo về hồ sơ này nữa`, 'dossier_unfollow'],
  [`stop notification for ${H26_DOSSIER_E} please, I already received it`, 'dossier_unfollow'],
  ['huy theo doi hs', 'dossier_unfollow'],
  [
    `Cảm ơn các anh chị đã báo tình trạng hồ sơ đất cho tôi suốt thời gian qua. Nay đã xong xuôi, xin ngưng nhắn tin cập nhật về hồ sơ ${H26_DOSSIER_F}.`,
    'dossier_unfollow',
  ],

  // follows (5)
  ['tui đang theo dõi mấy hồ sơ nào dzậy', 'follows'],
  ['ds hs dang follow', 'follows'],
  [
    'Cho tôi hỏi hiện tôi đã đăng ký nhận thông báo cho những hồ sơ nào rồi, tôi nhớ có đăng ký cho 2 hay 3 cái gì đó',
    'follows',
  ],

  // procedure (16)
  ['làm căn cước cho con 10 tuổi cần gì', 'procedure'],
  ['tthc cap lai so do', 'procedure'],
  [
    'Kính gửi quý cơ quan. Tôi là Lê Thị Hoa, 68 tuổi. Chồng tôi mới mất tháng trước, để lại mảnh đất đứng tên ông. Nay tôi muốn làm thủ tục thừa kế để sang tên cho các con thì cần chuẩn bị những giấy tờ gì, nộp ở đâu, lệ phí bao nhiêu. Kính mong được hướng dẫn.',
    'procedure',
  ],
  ['cho hỏi đăng ký kết hôn với người nước ngoài thì làm ở đâu mất bao lâu cần những giấy tờ gì vậy', 'procedure'],
  ['xin giấy phép xây nhà thì làm răng, nộp ở mô', 'procedure'],
  ['mở tiệm tạp hóa nhỏ nhỏ thì có cần đăng ký hộ kinh doanh hông dzậy, làm sao', 'procedure'],
  ['How to get temporary residence registration for foreigner? I rent a house in the city', 'procedure'],
  ['what paper need for marriage registration, I am Korean, my wife Vietnamese', 'procedure'],
  ['xin trợ cấp người cao tuổi cần giấy tờ chi rứa', 'procedure'],
  [
    'Năm ngoái tui bị mất ví, mất luôn cái căn cước. Bữa giờ bận quá chưa đi làm lại. Giờ cấp lại căn cước thì mất phí bao nhiêu, bao lâu có',
    'procedure',
  ],
  [
    'chào ad, tôi mới sinh em bé tuần rồi, cả nhà mừng lắm. hỏi chút là đăng ký khai sinh online được không hay phải lên xã',
    'procedure',
  ],
  ['dang ky tam tru online dc k', 'procedure'],
  ['cap doi gplx o dau', 'procedure'],
  ['nhập khẩu cho vợ về nhà chồng làm sao ad', 'procedure'],

  // business (9)
  [`${H26_TAX_A}`, 'business'],
  [`mst ${H26_TAX_B}`, 'business'],
  ['tra cứu công ty TNHH Xây dựng Hưng Phát Đạt còn hoạt động không', 'business'],
  [`Can you check company with tax code ${H26_TAX_C}? I want to sign contract with them`, 'business'],
  [
    `Tôi chuẩn bị ký hợp đồng thuê nhà với một công ty, muốn biết mã số thuế ${H26_TAX_D_BRANCH} là của chi nhánh nào, địa chỉ ở đâu, ai là người đại diện pháp luật`,
    'business',
  ],
  [
    `cty mst ${H26_TAX_F} còn hoạt động hông hay đóng cửa rồi, tui bỏ mối hàng cho mấy ổng mà gọi hoài hông ai bắt máy`,
    'business',
  ],
  ['hộ kinh doanh Tạp hóa Bà Tư đăng ký ở địa chỉ nào', 'business'],
  [`ms thue ${H26_TAX_E_SPACED}`, 'business'],
  ['người đại diện pháp luật của công ty cổ phần thủy sản Hải Long là ai rứa', 'business'],

  // feedback (15)
  ['ổ gà đường Lê Lợi', 'feedback'],
  [
    'Kính gửi Ủy ban nhân dân tỉnh. Tôi là Trần Văn Bảy, cựu chiến binh, cư trú tại tổ 5 khu phố 3. Tôi xin phản ánh một việc: đã gần hai tháng nay, đèn đường đoạn từ ngã ba chợ đến trường tiểu học bị hư, ban đêm tối om, học sinh và người già đi lại rất nguy hiểm. Kính đề nghị quý cơ quan chỉ đạo sửa chữa sớm. Trân trọng cảm ơn.',
    'feedback',
  ],
  ['phản ánh cái quán karaoke đầu hẻm hát tới 1 giờ sáng đêm nào cũng vậy không ai ngủ được hết trơn', 'feedback'],
  ['rác đổ bên bờ sông chỗ cầu tre hôi răng mà hôi, xã không ai dọn chi hết', 'feedback'],
  ['nước ngập tới đầu gối mỗi lần mưa, hẻm 42 hông ai lo hết trơn, phản ánh giùm tui nhen', 'feedback'],
  ['Hi, there is a big hole in road near my hotel, very dangerous for motorbike. Who can fix it?', 'feedback'],
  ['I want to complain, the officer at the ward office was very rude with me and ask money', 'feedback'],
  ['có người xây nhà lấn ra lòng đường, đề nghị kiểm tra', 'feedback'],
  [
    'Trước hết cảm ơn phường đã sửa xong cái cống tháng trước. Nhưng giờ ở đầu hẻm lại có người đốt rác mỗi chiều, khói bay vào nhà, con nhỏ bị ho. Mong phường nhắc nhở.',
    'feedback',
  ],
  ['cb mot cua lam viec cham qua, cho 3 tieng chua toi luot, nhan vien thi luot dt', 'feedback'],
  [
    'Hôm qua đi nộp hồ sơ ở xã thì thấy đường vô xóm bị sạt lở hết một nửa, xe ba gác không qua được, đề nghị tỉnh cho sửa gấp kẻo có người té',
    'feedback',
  ],
  ['dây điện võng thấp sát đầu người đi đường nguy hiểm lắm mấy bữa rồi không ai xử lý', 'feedback'],
  ['muốn góp ý chuyện làm căn cước ở phường xếp hàng từ sáng tới trưa, nên chia số thứ tự qua mạng', 'feedback'],
  ['cây xanh ngã đè lên đường Nguyễn Huệ từ sáng tới giờ chưa ai dọn', 'feedback'],

  // feedback_ticket (8)
  [`${H26_TICKET_A}`, 'feedback_ticket'],
  [`  ${H26_TICKET_B_LOWER} `, 'feedback_ticket'],
  [`phản ánh số ${H26_TICKET_C} của tôi xử lý tới đâu rồi`, 'feedback_ticket'],
  [`any update for my report ${H26_TICKET_A}?`, 'feedback_ticket'],
  [
    `Kính gửi quý cơ quan, ngày 12 tháng trước tôi có gửi phản ánh về việc đổ trộm rác thải xây dựng, được cấp mã ${H26_TICKET_D_SPACED}. Đến nay tôi chưa nhận được phản hồi. Kính mong quý cơ quan cho biết kết quả xử lý.`,
    'feedback_ticket',
  ],
  [`cái phản ánh ${H26_TICKET_B_LOWER} tui gửi hổm rày sao rồi, có ai xuống coi chưa dzậy`, 'feedback_ticket'],
  [`tra phan anh ${H26_TICKET_C}`, 'feedback_ticket'],
  [
    `Cảm ơn đã tiếp nhận phản ánh của tui. Mà đã 2 tuần rồi, cho hỏi mã ${H26_TICKET_D} giờ ra răng rồi`,
    'feedback_ticket',
  ],

  // my_feedback (6)
  ['xem lại mấy cái phản ánh tui đã gửi', 'my_feedback'],
  ['ds phan anh da gui', 'my_feedback'],
  ['show me all complaints I sent before', 'my_feedback'],
  [
    'Tôi có gửi nhiều phản ánh qua Zalo này từ đầu năm nhưng không lưu lại mã, xin cho xem lại danh sách các phản ánh tôi đã gửi',
    'my_feedback',
  ],
  ['Mấy cái kiến nghị tui gởi hồi giờ nằm mô hết rồi rứa, coi lại được không', 'my_feedback'],

  // handoff (7)
  ['cho tôi nói chuyện với cán bộ, bot trả lời không đúng ý', 'handoff'],
  [
    'Kính thưa quý cơ quan, tôi già rồi không rành máy móc bấm nút, xin được nói chuyện trực tiếp với một cán bộ ạ.',
    'handoff',
  ],
  ['gap nhan vien tu van', 'handoff'],
  ['hông muốn nói chiện với máy, cho gặp người đi', 'handoff'],
  ['chuyển qua cán bộ trực giúp tui với', 'handoff'],

  // help (5)
  ['địa chỉ trung tâm phục vụ hành chính công tỉnh ở đâu, mấy giờ mở cửa', 'help'],
  ['What time does the public service center open on Saturday?', 'help'],
  ['cái chatbot này xài sao vậy, bấm chỗ nào', 'help'],
  ['sdt bo phan mot cua', 'help'],

  // menu (5)
  ['quay lại từ đầu, bấm nhầm rồi', 'menu'],
  ['what services do you have', 'menu'],
  ['zalo này làm được những chi rứa', 'menu'],
  ['danh muc dich vu', 'menu'],

  // language (4)
  [`Can you change to English? I don't read Vietnamese`, 'language'],
  ['chuyển về tiếng Việt giùm tui, lỡ bấm qua tiếng Anh rồi', 'language'],

  // subscriptions (6)
  ['cho tôi nhận thông báo lịch cắt điện với bão lũ', 'subscriptions'],
  ['I want to receive alerts about storm and flood', 'subscriptions'],
  [
    'Kính gửi quý cơ quan, tôi ở xa quê, muốn nhận các thông báo của tỉnh về tình hình dịch bệnh và tiêm chủng để tiện theo dõi cho cha mẹ già. Kính nhờ hướng dẫn đăng ký.',
    'subscriptions',
  ],
  ['dk nhan tin canh bao thoi tiet', 'subscriptions'],
  ['chỉnh lại mấy mục tin tui đăng ký nhận nhen, thêm tin tiêm ngừa vô', 'subscriptions'],

  // unsubscribe (5)
  ['ngày nào cũng nhắn tin bão với cúp điện, tui lên thành phố ở rồi hông cần nữa, tắt giùm', 'unsubscribe'],

  // welcome (4)
  ['Xin kính chào quý cơ quan ạ', 'welcome'],

  // my_data (4)
  ['các anh đang lưu thông tin gì của tôi', 'my_data'],
  ['Theo luật bảo vệ dữ liệu cá nhân, tôi muốn biết chatbot đang giữ những dữ liệu cá nhân nào của tôi', 'my_data'],

  // erase_my_data (4)
  ['Tôi không dùng nữa, đề nghị xóa hết số điện thoại, tên tuổi tôi đã cung cấp cho chatbot', 'erase_my_data'],
  ['xoa het thong tin ca nhan cua tui di', 'erase_my_data'],

  // none (12)
  ['tra phạt nguội biển số 43A-123.45 trên trang csgt', 'none'],
  ['bệnh viện đa khoa tỉnh mấy giờ cho vô thăm bệnh', 'none'],
  ['thẻ ATM bị nuốt ở cây ngân hàng làm sao lấy lại', 'none'],
  [`bán đất nền mặt tiền đường ĐT605 sổ hồng riêng giá rẻ, lh ${H26_PHONE_D}`, 'none'],
  ['tuyển lao động phổ thông làm việc tại KCN, lương 8 triệu, bao cơm trưa', 'none'],
  ['where can I buy sim card near here?', 'none'],
  ['cảm ơn nhiều nghe', 'none'],
  ['con tui thi tốt nghiệp xong coi điểm ở đâu rứa', 'none'],
  ['đóng tiền điện online sao', 'none'],
  ['Is the beach open today? any good seafood restaurant?', 'none'],
];

// Held-out 27 and 28: written blind on 2026-12-04 by two helpers who read only the list of labels, before the round of
// tuning 39 and 40 (held-out 25 and 26 studied), which never saw them. Messages that were a flow's own example or
// keyword, or already in the set word for word, were dropped before measuring.
const H27_DOSSIER_A = '000.00.23.H44-250314-0087';
const H27_DOSSIER_B = '000.31.07.H18-250601-0412';
const H27_DOSSIER_C = '000.12.35.h51-250219-0023';
const H27_DOSSIER_D = '000.00.09.H27-250708-1105';
const H27_DOSSIER_E = '000.46.28.H33-250523-0009';
const H27_DOSSIER_F = '000.00.17.H40-250811-0361';
const H27_DOSSIER_G = '000 14 22 h62 250402 0178';
const H27_DOSSIER_H = '000.05.41.H36-241230-0746';
const H27_DOSSIER_I = '000.00.52.H15-250906-0033';
const H27_DOSSIER_J = '000.27.19.H49-250117-2210';
const H27_DOSSIER_K = '250410-0042';
const H27_DOSSIER_L = '000.00.38.H08-250925-0157';
const H27_DOSSIER_M = '000.63.11.H56-250730-0094';
const H27_DOSSIER_N = '000.08.26.h25-251002-0618';
const H27_DOSSIER_O = '000.00.44.H29-250815-0271';
const H27_DOSSIER_P = '000 19 03 H37 250909 0505';
const H27_DOSSIER_Q = '000.71.14.H11-251014-0046';
const H27_DOSSIER_R = '000.00.33.H52-250620-1390';
const H27_DOSSIER_S = '000.02.48.H45-250728-0812';
const H27_DOSSIER_T = '000.00.16.H22-251103-0064';
const H27_DOSSIER_U = '000.55.30.H31-250505-0277';
const H27_DOSSIER_V = '000.00.27.h19-250930-0150';
const H27_PHONE_A = '0978 416 235';
const H27_PHONE_B = '0356129847';
const H27_PHONE_C = '0772.048.619';
const H27_PHONE_D = '0918 203 774';
const H27_PHONE_SPAM = '0869.552.131';
const H27_MST_A = '3702815649';
const H27_MST_B = '0316 742 095';
const H27_MST_C = '2901573388';
const H27_MST_D = '4201769032';
const H27_MST_E = '3603941175-002';
const H27_MST_F = '0109384521';
const H27_MST_G = '1801226457';
const H27_MST_H = '5801 063 924';
const H27_MST_I = '3301748210';
const H27_TICKET_B = 'pa-2026-012087';
const H27_TICKET_C = 'PA-2026-000938';
const H27_TICKET_D = 'PA-ZL-2026-017340';
const H27_TICKET_E = 'PA 2026 006219';
const H27_TICKET_F = 'pa-zl-2026-002871';
const H27_TICKET_G = 'PA-ZL-2026-009155';
const H27_TICKET_H = 'PA-2026-021604';

const batch27Heldout: [string, string][] = [
  // dossier
  [`cho hoi ho so ${H27_DOSSIER_A} cua toi toi dau roi a`, 'dossier'],
  [`hoo sow ${H27_DOSSIER_B} sao r ad`, 'dossier'],
  [
    `e nop hs cap gcn qsdd tu thang 3 ma gio chua co kq, ma hs la ${H27_DOSSIER_C} nho ad kiem tra giup e voi a`,
    'dossier',
  ],
  ['mình muốn tra cứu tình trạng hồ sơ, mình có mã biên nhận đây', 'dossier'],
  [`Hồ sơ khai sinh cho bé nhà tui mã ${H27_DOSSIER_D} xử lý tới đâu rồi dzậy, hẹn trả mà hông thấy ai gọi`, 'dossier'],
  [`${H27_DOSSIER_E}`, 'dossier'],
  [`ho so ${H27_DOSSIER_G} da duyet chua`, 'dossier'],
  [
    `Could you check the status of my application ${H27_DOSSIER_F}? I applied for a work permit renewal last month.`,
    'dossier',
  ],
  [`hs cap doi gplx cua e ma so ${H27_DOSSIER_H} sao lau the, qua ngay hen tra 5 ngay roi ma chua thay`, 'dossier'],
  [`o ad ho so chuyen muc dich sd dat ${H27_DOSSIER_I} cua tui răng chưa thấy chi hết rứa`, 'dossier'],
  [`kiem tra giup toi tinh trang ho so xin giay phep xay dung, ma: ${H27_DOSSIER_J}`, 'dossier'],
  [`hồ sơ đuôi ${H27_DOSSIER_K} nộp ở một cửa huyện có bị trả về bổ sung j ko ạ`, 'dossier'],
  [
    `Chào anh chị, hôm trước em nộp hồ sơ đăng ký kết hôn trên dịch vụ công, mã hồ sơ ${H27_DOSSIER_L}. Em muốn hỏi bao giờ thì lên lấy giấy được ạ, em cảm ơn.`,
    'dossier',
  ],
  [`tinh trang hs ${H27_DOSSIER_M.toLowerCase()}`, 'dossier'],

  // my_dossiers
  [`e quen ma ho so roi, sdt luc nop la ${H27_PHONE_A}, tra giup e dc ko`, 'my_dossiers'],
  [`Cho mình xem tất cả hồ sơ đã nộp bằng sđt ${H27_PHONE_B}`, 'my_dossiers'],
  ['tui nop may bo hs o ubnd xa ma lam mat giay bien nhan het tron, coi dum tui theo so dt dc hong', 'my_dossiers'],
  [
    `I lost my receipt. Can you list all the applications registered with my phone number ${H27_PHONE_C}?`,
    'my_dossiers',
  ],
  [`tra cac hs da nop theo so ${H27_PHONE_D}`, 'my_dossiers'],
  ['Mấy cái hồ sơ tui nộp hồi đầu năm giờ răng rồi, tui không nhớ mã mô hết, coi giùm với', 'my_dossiers'],

  // dossier_follow
  [`bao cho toi khi ho so ${H27_DOSSIER_N} co ket qua nhe`, 'dossier_follow'],
  [`theo dõi hồ sơ ${H27_DOSSIER_O}`, 'dossier_follow'],
  [`Có cách nào nhận thông báo qua zalo khi hồ sơ cấp sổ đỏ được xử lý không, mã ${H27_DOSSIER_P}`, 'dossier_follow'],
  [`dang ky nhan tin bao trang thai hs ${H27_DOSSIER_Q.toLowerCase()}`, 'dossier_follow'],
  [`Please notify me whenever ${H27_DOSSIER_R} changes status`, 'dossier_follow'],
  [`hs ${H27_DOSSIER_S} co gi moi thi nhan tin cho e nhen, e di lam xa ko len xa hoai dc`, 'dossier_follow'],
  [`toi muon follow ho so nay ${H27_DOSSIER_T}`, 'dossier_follow'],
  [
    `nhờ ad bật thông báo cho hồ sơ trích lục khai tử ${H27_DOSSIER_U} giúp em, có cập nhật gì thì báo em liền`,
    'dossier_follow',
  ],

  // dossier_unfollow
  [`huy theo doi ho so ${H27_DOSSIER_V}`, 'dossier_unfollow'],
  [`Đừng gửi thông báo về hồ sơ ${H27_DOSSIER_A} nữa, tôi nhận kết quả rồi`, 'dossier_unfollow'],
  [`stop notifications for application ${H27_DOSSIER_R}`, 'dossier_unfollow'],
  [`bo theo doi hs ${H27_DOSSIER_S} giup e, e lay giay roi`, 'dossier_unfollow'],
  ['tui hong can theo doi cai hs dat dai do nua, tat thong bao ho so do di ad', 'dossier_unfollow'],

  // follows
  ['Which applications am I following right now?', 'follows'],
  ['Cho em xem lại các hồ sơ em đã đăng ký nhận thông báo với ạ', 'follows'],
  ['minh co bat thong bao may cai ho so ma quen la cai nao roi, liet ke giup', 'follows'],

  // procedure
  ['thu tuc lam giay khai sinh cho con can nhung giay to gi a', 'procedure'],
  ['Đăng ký kết hôn với người nước ngoài thì nộp ở đâu, lệ phí bao nhiêu, bao lâu có kết quả?', 'procedure'],
  ['xay nha cap 4 o nong thon co can xin giay phep xay dung ko ad', 'procedure'],
  ['tach thua dat can nhung gi vay', 'procedure'],
  ['lam lai cccd bi mat o dau, co can giay xac nhan cu tru ko', 'procedure'],
  ['How do I register temporary residence as a foreigner renting an apartment here?', 'procedure'],
  ['thủ tục nhập hộ khẩu cho vợ về nhà chồng bây giờ làm sao, nghe nói bỏ sổ hộ khẩu rồi', 'procedure'],
  ['tthc dang ky ho kinh doanh ca the', 'procedure'],
  ['me tui 82 tuoi roi, muon lam tro cap xa hoi cho nguoi cao tuoi thi lam răng, nộp ở mô', 'procedure'],
  ['gplx a1 het han 2 nam thi phai thi lai hay cap doi dc, phi bn', 'procedure'],
  ['hưởng bhxh một lần thủ tục ra sao ạ', 'procedure'],
  ['xin trich luc ban sao giay khai sinh online dc ko', 'procedure'],
  ['ong noi moi mat, gia dinh muon dang ky khai tu thi can mang theo gi, bao nhieu ngay', 'procedure'],
  ['sang ten so do khi ba me cho tang con thi thue phi tinh sao a', 'procedure'],
  ['tim thu tuc chung thuc ban sao', 'procedure'],
  ['thu tuc xin cap phiếu lý lịch tư pháp số 2 de di xuat khau lao dong', 'procedure'],

  // business
  [`tra mst ${H27_MST_A}`, 'business'],
  [`cong ty co ma so thue ${H27_MST_B} con hoat dong ko`, 'business'],
  [`cho hoi thong tin dn mst ${H27_MST_C}`, 'business'],
  [`Kiểm tra giúp em công ty này có thật không, MST ${H27_MST_D}, họ đăng tuyển mà em thấy nghi nghi`, 'business'],
  [`chi nhanh ${H27_MST_E} dia chi o dau`, 'business'],
  [`Look up company with tax code ${H27_MST_F}`, 'business'],
  [`tui muon biet ong chu cty tnhh co mst ${H27_MST_G} la ai, no no tien hang tui 3 thang nay`, 'business'],
  [`ma so thue ${H27_MST_H} nguoi dai dien phap luat la ai`, 'business'],
  [`doanh nghiệp ${H27_MST_I} đã giải thể chưa ạ`, 'business'],

  // feedback
  ['duong lien xa doan qua thon 3 o ga lon qua troi, may bua nay xe may te lien tuc, de nghi sua gap', 'feedback'],
  ['Rác bị đổ trộm ở đầu hẻm 45 mấy tuần nay không ai dọn, bốc mùi kinh khủng, ruồi bu đầy', 'feedback'],
  ['quan karaoke canh nha hat toi 1 2h sang, bao cong an phuong ma ko ai xu ly', 'feedback'],
  [
    'Tôi muốn phản ánh thái độ cán bộ bộ phận một cửa xã, hỏi thì quát, bắt đi đi lại lại 3 lần mới nhận hồ sơ',
    'feedback',
  ],
  ['mua xuong chut xiu la ngap toi dau goi, cong thoat nuoc bi bit, nho chinh quyen xem lai', 'feedback'],
  ['den duong khu pho 4 hu ca thang nay toi thui, toi ve so lam', 'feedback'],
  ['xưởng chế biến hải sản xả nước thải ra mương hôi thối, dân ở đây chịu hết nổi', 'feedback'],
  [
    'The streetlights near the night market have been broken for weeks, it is dangerous at night. Please fix them.',
    'feedback',
  ],
  [
    'kiến nghị làm thêm vạch qua đường trước cổng trường tiểu học, sáng nào xe cũng chạy ẩu suýt tông mấy đứa nhỏ',
    'feedback',
  ],
  ['Có nhà xây lấn ra hành lang lộ giới, tui báo xã mấy lần rồi hông thấy ai xuống coi', 'feedback'],
  ['muon gui phan anh', 'feedback'],
  ['can bo dia chinh xa doi boi duong moi lam so cho, vay la sao, toi muon to cao', 'feedback'],
  ['cây xanh ngã đè lên dây điện ở ngã ba chợ, nguy hiểm lắm mn ơi', 'feedback'],
  ['Góp ý: cổng dịch vụ công của tỉnh hay bị lỗi, đăng nhập VNeID xong thì trắng trang, nộp hs ko được', 'feedback'],
  ['nha ben canh nuoi heo trong khu dan cu, mui hoi qua, ruoi nhang, kien nghi xu ly giup', 'feedback'],

  // feedback_ticket
  [`${H27_TICKET_B} sao chua tra loi`, 'feedback_ticket'],
  [`cho hoi pa ${H27_TICKET_C} sao roi`, 'feedback_ticket'],
  [`Tôi gửi phản ánh số ${H27_TICKET_D} cách đây 2 tuần rồi, sao vẫn chưa thấy hồi âm`, 'feedback_ticket'],
  [`ma phan anh ${H27_TICKET_E} da co ket qua chua ad`, 'feedback_ticket'],
  [`kiem tra giup e pa ${H27_TICKET_F}`, 'feedback_ticket'],
  [`cai phan anh vu ngap nuoc ma so ${H27_TICKET_G} co ai xuong chua dzay`, 'feedback_ticket'],
  [`tra cuu kien nghi ${H27_TICKET_H}`, 'feedback_ticket'],

  // my_feedback
  ['Mấy cái phản ánh tui gửi có ai trả lời chưa, tui hông có lưu số', 'my_feedback'],
  ['danh sach gop y minh da gui', 'my_feedback'],
  ['cho e coi lai cau tra loi may cai kien nghi e gui thang truoc', 'my_feedback'],
  ['tôi gửi góp ý mà quên mã rồi, xem giúp danh sách phản ánh của tôi', 'my_feedback'],

  // handoff
  ['gap nguoi that dc ko, bot tra loi ko dung y gi het', 'handoff'],
  ['chuyển cho nhân viên tư vấn giúp em với ạ', 'handoff'],
  ['ad oi co ai truc ko, tui can hoi truc tiep', 'handoff'],
  ['kết nối tổng đài viên', 'handoff'],
  ['cho e chat vs chuyen vien mot cua dc ko, truong hop cua e phuc tap lam', 'handoff'],

  // help
  ['sdt duong day nong', 'help'],
  ['Bộ phận một cửa tỉnh ở đâu, mấy giờ làm việc ạ', 'help'],
  ['bot nay dung sao vay, chi e voi', 'help'],
  ['xin dia chi trung tam phuc vu hanh chinh cong voi so dien thoai lien he', 'help'],

  // menu
  ['ban lam dc nhung gi', 'menu'],
  ['Các chức năng chính', 'menu'],
  ['bot nay co chuc nang j', 'menu'],

  // language
  ['doi ngon ngu sang tieng anh', 'language'],
  ['chuyển về tiếng Việt giùm', 'language'],
  ['Can I change the language?', 'language'],

  // subscriptions
  ['Tôi muốn nhận tin về tuyển dụng công chức với lịch cúp điện', 'subscriptions'],
  ['tui muon dang ky nhan ban tin ve chinh sach dat dai nhen', 'subscriptions'],
  ['chi nhan tin canh bao thien tai thoi, bo may muc khac', 'subscriptions'],
  ['quan ly chu de thong bao', 'subscriptions'],
  ['co kenh tin tuc nao cua tinh de theo doi ko, dang ky sao', 'subscriptions'],

  // unsubscribe
  ['ngày nào cũng nhắn tin, phiền quá, tắt hết đi', 'unsubscribe'],
  ['ko muon nhan ban tin cua tinh nua', 'unsubscribe'],

  // welcome
  ['Hi, who are you?', 'welcome'],
  ['chào bạn, bạn là ai vậy', 'welcome'],

  // my_data
  ['ban luu thong tin gi cua toi', 'my_data'],
  ['Tôi muốn xem dữ liệu cá nhân mà chatbot đang lưu', 'my_data'],
  ['bot co giu sdt voi cccd cua tui hong, cho coi', 'my_data'],

  // erase_my_data
  ['tôi yêu cầu xóa toàn bộ thông tin cá nhân đã cung cấp', 'erase_my_data'],
  ['xoa het sdt, ten cua e trong he thong bot di', 'erase_my_data'],

  // none
  ['cam on ad nhieu', 'none'],
  ['ok', 'none'],
  ['thank ad nha', 'none'],
  ['benh vien tinh co kham thu 7 ko', 'none'],
  [`vay tien online lai suat thap, giai ngan 30p, lh ${H27_PHONE_SPAM}`, 'none'],
  ['tra cuu phat nguoi bien so 51G 482.17', 'none'],
  ['the atm bi nuot o cay agribank thi lam sao', 'none'],
  ['bye nha', 'none'],
];

const H28_DOS_A = '000.00.31.H26-250217-0045';
const H28_DOS_B = '000.20.14.H33-250904-0118';
const H28_DOS_C = '000.00.07.h52-260112-0009';
const H28_DOS_D = '000.00.19.H45-250312-0231';
const H28_DOS_E = '000.40.22.H17-251020-0006';
const H28_DOS_F = 'H56-260107-0311';
const H28_DOS_G = '000.11.05.H09-260203-0027';
const H28_DOS_H = '000.00.28.H64-251128-1042';
const H28_DOS_I = '000.06.17.H38-250730-0514';
const H28_DOS_J = '000.09.21.H49-251016-0333';
const H28_DOS_K = '000 12 05 h40 240611 0007';
const H28_DOS_L = '000.32.09.H21-260120-0088';
const H28_DOS_M = '000.00.04.H47-250811-0390';
const H28_DOS_N = '000.15.26.H58-260126-0013';
const H28_DOS_O = '000 00 30 h11 260129 0102';
const H28_DOS_P = '000.00.23.H66-251203-0077';
const H28_DOS_Q = '000.27.08.H30-250925-0264';
const H28_DOS_R = '000.00.16.h03-260105-0150';
const H28_TAX_A = '4201837265';
const H28_TAX_B = '0316728594';
const H28_TAX_C = '2802197436';
const H28_TAX_D = '3701965248';
const H28_TAX_E = '0108473926-003';
const H28_TAX_F = '0312 845 761';
const H28_TAX_G = '5801427693';
const H28_TAX_H = '1801592637';
const H28_TAX_I = '6001738254-001';
const H28_TICKET_A = 'PA-ZL-2026-004561';
const H28_TICKET_B = 'PA-2026-012094';
const H28_TICKET_C = 'pa zl 2026 000874';
const H28_TICKET_D = 'PA-ZL-2026-010237';
const H28_TICKET_E = 'PA-2026-003318';
const H28_TICKET_F = 'PA-2026-007702';
const H28_TICKET_G = 'pa-zl-2026-002945';
const H28_TICKET_H = 'PA-ZL-2026-006183';
const H28_PHONE_A = '0938 417 265';
const H28_PHONE_B = '0362184597';
const H28_PHONE_C = '0785.319.402';
const H28_PHONE_D = '0869.742.150';

const batch28Heldout: [string, string][] = [
  // dossier
  [`cho hỏi hồ sơ ${H28_DOS_A} của tôi đã giải quyết đến đâu rồi ạ`, 'dossier'],
  [`${H28_DOS_B}`, 'dossier'],
  [`em nop ho so cap doi so do hom thang truoc, ma ${H28_DOS_C} , gio sao roi ad`, 'dossier'],
  [
    `Kính gửi quý cơ quan. Tôi tên Nguyễn Văn Thành, năm nay 71 tuổi. Ngày 12/3 tôi có nộp hồ sơ đăng ký biến động đất đai tại bộ phận một cửa huyện, số biên nhận ${H28_DOS_D}. Đến nay đã quá ngày hẹn trả mà tôi chưa nhận được kết quả, kính mong quý cơ quan kiểm tra giúp hồ sơ của tôi đang ở khâu nào. Xin trân trọng cảm ơn.`,
    'dossier',
  ],
  [`Hi, could you check the status of my application ${H28_DOS_E}? It's for a work permit.`, 'dossier'],
  [`hồ sơ xin phép xây nhà mình nộp bên huyện, mã đuôi là ${H28_DOS_F}, tới bước nào r vậy`, 'dossier'],
  ['kiểm tra hộ mình 1 hồ sơ, mình gửi mã liền', 'dossier'],
  [`ho so khai sinh cho be nha em ${H28_DOS_G} co ket qua chua ad, de con lam bhyt cho be`, 'dossier'],
  [`Mã hồ sơ: ${H28_DOS_H}\nTình trạng?`, 'dossier'],
  ['Tôi muốn tra cứu tình trạng hồ sơ thủ tục hành chính đã nộp', 'dossier'],
  [`Hồ sơ chuyển mục đích sử dụng đất của tui răng lâu rứa, mã ${H28_DOS_J} đó, coi giùm tui với`, 'dossier'],
  [`tra hs ${H28_DOS_I}`, 'dossier'],
  [`hs ${H28_DOS_K} dc duyet chua z`, 'dossier'],
  ['check application status pls', 'dossier'],

  // my_dossiers
  ['Tôi quên mất mã hồ sơ rồi, có cách nào tra bằng số điện thoại không?', 'my_dossiers'],
  [`sdt ${H28_PHONE_A} cho e xem danh sach ho so da nop voi`, 'my_dossiers'],
  [
    'Năm nay nhà tôi nộp mấy bộ hồ sơ ở một cửa, giờ muốn xem lại hết một lượt coi bộ nào xong bộ nào chưa',
    'my_dossiers',
  ],
  [
    `I lost the receipt with my application code. Can you list my applications using my phone number ${H28_PHONE_B}?`,
    'my_dossiers',
  ],
  ['mất giấy biên nhận rồi ko biết mã hs là j, tra theo sđt đc ko', 'my_dossiers'],
  ['ds hồ sơ của tui', 'my_dossiers'],
  [
    `Bác có nộp hồ sơ cho thằng con hồi tháng 5, lúc nộp ghi số ${H28_PHONE_C}, giờ bác không nhớ mã, cháu tra giúp bác các hồ sơ đứng tên số này với`,
    'my_dossiers',
  ],

  // dossier_follow
  [`Có kết quả hồ sơ ${H28_DOS_L} thì nhắn báo tôi nhé`, 'dossier_follow'],
  [`theo doi ho so ${H28_DOS_O}`, 'dossier_follow'],
  ['muốn nhận thông báo mỗi khi hồ sơ của mình đổi trạng thái', 'dossier_follow'],
  [`Please notify me when application ${H28_DOS_M} is updated`, 'dossier_follow'],
  ['dk theo doi hs de khoi phai vo hoi hoai', 'dossier_follow'],
  [
    `Hồ sơ cấp giấy chứng nhận đủ điều kiện ATTP của em ${H28_DOS_N}, khi nào xong thì bot báo em qua zalo được không ạ`,
    'dossier_follow',
  ],
  ['bật thông báo cho hồ sơ đăng ký hộ kinh doanh giúp mk', 'dossier_follow'],
  [
    'Nhờ chatbot theo dõi giúp tôi hồ sơ đăng ký thường trú, có gì mới thì báo cho tôi, tôi già rồi không rành lên mạng kiểm tra',
    'dossier_follow',
  ],

  // dossier_unfollow
  [`Hồ sơ ${H28_DOS_P} nhận kết quả rồi, khỏi báo nữa nha`, 'dossier_unfollow'],
  [`Stop notifications for application ${H28_DOS_Q}`, 'dossier_unfollow'],
  [`đừng gửi cập nhật hồ sơ ${H28_DOS_R} cho tôi nữa`, 'dossier_unfollow'],
  ['bỏ theo dõi hs sổ đỏ giúp mình, lấy sổ về rồi', 'dossier_unfollow'],

  // follows
  ['Cho bác xem lại mấy hồ sơ bác đã bấm nhận thông báo hôm trước', 'follows'],
  ['mình đang bật thông báo cho bao nhiêu hồ sơ vậy', 'follows'],

  // procedure
  ['vợ e mới sinh bé, làm giấy khai sinh cần mang giấy tờ gì ạ', 'procedure'],
  ['Bố tôi vừa mất hôm qua. Làm thủ tục khai tử ở đâu, có mất phí không, bao lâu thì có giấy?', 'procedure'],
  ['xây nhà cấp 4 ở nông thôn có phải xin giấy phép xây dựng ko', 'procedure'],
  ['chuyen nha sang huyen khac thi dang ky thuong tru lai lam sao', 'procedure'],
  ['làm lại cccd bị mất thì hết bao nhiêu tiền, làm ở đâu v', 'procedure'],
  ['Làm hộ chiếu lần đầu nộp online được không mn', 'procedure'],
  ['thủ tục tách thửa đất cần những gì, lệ phí bao nhiêu, mấy ngày xong', 'procedure'],
  ['mở tiệm tạp hóa nhỏ có phải đăng ký hộ kinh doanh k, thủ tục ra sao', 'procedure'],
  [
    'What documents do I need to register a marriage with a Vietnamese citizen in this province, and how much are the fees?',
    'procedure',
  ],
  ['tim thu tuc xac nhan tinh trang hon nhan', 'procedure'],
  [
    'Mẹ tôi năm nay tròn 80 tuổi, muốn làm hồ sơ hưởng trợ cấp xã hội người cao tuổi thì nộp ở đâu, cần những giấy tờ gì?',
    'procedure',
  ],
  ['thur tucj cap lai the bhyt bi mat', 'procedure'],
  ['Phiếu lý lịch tư pháp số 2 xin ở đâu, mấy ngày có', 'procedure'],
  ['cho em hỏi muốn xin giấy phép bán rượu bia cho quán nhậu thì cần làm gì vậy anh chị', 'procedure'],
  ['xin trích lục bản sao giấy khai sinh do bị thất lạc bản chính', 'procedure'],
  ['How can a foreigner apply for a temporary residence card? Which office handles it?', 'procedure'],

  // business
  [`tra cứu mst ${H28_TAX_A}`, 'business'],
  [`${H28_TAX_B}`, 'business'],
  [`Công ty có mã số thuế ${H28_TAX_C} còn hoạt động không ạ, bên em sắp ký hợp đồng với họ`, 'business'],
  [`cty tnhh mst ${H28_TAX_D} ngung hd chua vay`, 'business'],
  [`Is the company with tax code ${H28_TAX_G} still active? Who is the legal representative?`, 'business'],
  [`chi nhánh mst ${H28_TAX_E} đặt ở đâu vậy ad`, 'business'],
  [`mst ${H28_TAX_F} tra giùm`, 'business'],
  [`Cho tôi xin thông tin doanh nghiệp mã số thuế ${H28_TAX_H}: tên, địa chỉ, ngành nghề đăng ký`, 'business'],
  [`đối tác gửi mst ${H28_TAX_I}. Dn này có thật ko hay cty ma`, 'business'],

  // feedback
  [
    'Đường liên xã đoạn qua thôn 3 bị sụt lún, ổ gà to như cái nia, tối qua có người té xe. Đề nghị chính quyền sửa sớm.',
    'feedback',
  ],
  ['hẻm 42 cứ mưa là ngập tới đầu gối, cống nghẹt mấy tháng rồi mà ko ai nạo vét', 'feedback'],
  ['quán karaoke cạnh nhà hát tới 1h sáng, ồn ko ngủ được, phản ánh giùm', 'feedback'],
  ['rác bị đổ trộm ở đầu ngõ bốc mùi hôi thối cả tuần nay chưa ai thu gom', 'feedback'],
  ['Tôi muốn tố cáo cán bộ địa chính xã gợi ý phải "bồi dưỡng" thì mới làm nhanh sổ đỏ cho dân', 'feedback'],
  ['nhân viên ngồi quầy một cửa thái độ hách dịch, quát người dân như quát con', 'feedback'],
  ['den duong khu pho 5 hu het may tuan nay toi thui, tre con di hoc ve so lam', 'feedback'],
  [
    'I want to report illegal dumping of construction waste along the river bank behind the central market.',
    'feedback',
  ],
  ['Kiến nghị bố trí thêm ghế ngồi chờ ở bộ phận một cửa huyện, người già phải đứng chờ rất lâu', 'feedback'],
  ['Con mương ở xóm tui bị người ta lấp, mưa xuống nước tràn vô nhà, mấy ông xem xét giùm bà con', 'feedback'],
  ['vỉa hè đường Trần Phú bị lấn chiếm bán hàng hết, người đi bộ phải đi xuống lòng đường', 'feedback'],
  ['Sau bão có cây to ngã chắn ngang đường vào trường tiểu học, 2 ngày rồi chưa ai dọn', 'feedback'],
  ['xuong go gan khu dan cu dot rac thai khoi den mu mit moi toi, nguoi gia tre nho ho suot', 'feedback'],
  ['Tôi muốn gửi phản ánh kiến nghị', 'feedback'],
  ['nhaf beenh canhj xaay laans sang ddaats nha toi, khong co giay phep gi het', 'feedback'],

  // feedback_ticket
  [`phản ánh ${H28_TICKET_A} xử lý tới đâu rồi`, 'feedback_ticket'],
  [`${H28_TICKET_B}`, 'feedback_ticket'],
  [`${H28_TICKET_C} sao r`, 'feedback_ticket'],
  [`Any update on ticket ${H28_TICKET_D}?`, 'feedback_ticket'],
  [
    `Tôi gửi phản ánh về ổ gà trước cổng chợ, số phiếu ${H28_TICKET_E}, đã một tuần sao chưa thấy phản hồi?`,
    'feedback_ticket',
  ],
  [`kiểm tra phiếu phản ánh ${H28_TICKET_F}`, 'feedback_ticket'],
  [`ma pa ${H28_TICKET_G} da co ket qua chua`, 'feedback_ticket'],
  [`Số phản ánh của tôi là ${H28_TICKET_H}, xin cho biết hiện cơ quan nào đang xử lý`, 'feedback_ticket'],

  // my_feedback
  ['mấy cái phản ánh hồi trước của mình có ai trả lời chưa ta', 'my_feedback'],
  ["Show me the reports I've submitted", 'my_feedback'],
  [
    'Tôi có gửi mấy kiến nghị về đường điện nhưng không nhớ số phiếu, giờ muốn xem lại câu trả lời thì làm thế nào',
    'my_feedback',
  ],
  ['ds pa cua toi', 'my_feedback'],
  ['phản hồi cho mấy kiến nghị của tui đâu hết rồi', 'my_feedback'],

  // handoff
  ['gap nguoi that dc ko, bot tra loi ko dung y', 'handoff'],
  ['Can I chat with a real person please?', 'handoff'],
  ['Chuyển cho nhân viên trực giúp em với, việc gấp lắm', 'handoff'],
  ['ad ơi có ai đang trực ko, muốn hỏi trực tiếp', 'handoff'],
  ['Tôi muốn trao đổi trực tiếp với cán bộ tiếp nhận chứ không muốn nói chuyện với máy', 'handoff'],

  // help
  ['bộ phận một cửa tỉnh làm việc mấy giờ, thứ 7 có làm ko', 'help'],
  ['dia chi trung tam hanh chinh cong o dau vay', 'help'],
  ["What's the address and phone number of the public service center?", 'help'],
  ['hướng dẫn dùng chatbot này ntn', 'help'],

  // menu

  // language
  ['Switch to Vietnamese, my mother will read it', 'language'],

  // subscriptions
  ['toi muon nhan tin canh bao thien tai voi lich cat dien', 'subscriptions'],
  ['Subscribe me to announcements about festivals and tourism events', 'subscriptions'],
  ['chỉ muốn nhận tin tuyển dụng thôi, bỏ mấy chủ đề khác', 'subscriptions'],
  ['Xóm tôi năm nào cũng bị lũ. Cho tôi đăng ký nhận cảnh báo mưa lũ của tỉnh qua zalo này', 'subscriptions'],

  // unsubscribe
  ['ko muon nhan thong bao gi tu trang nay nua', 'unsubscribe'],
  ['ngưng gửi toàn bộ tin tức cho tôi', 'unsubscribe'],

  // welcome
  ['Hello, who am I talking to?', 'welcome'],
  ['bạn là ai thế', 'welcome'],

  // my_data
  ['bot đang lưu những thông tin gì về tôi', 'my_data'],
  ['Tên tuổi, số điện thoại của tôi các anh có lưu không, lưu những gì cho tôi xem với', 'my_data'],

  // erase_my_data
  ['xoa het thong tin cua toi tren chatbot', 'erase_my_data'],
  ['Tôi không dùng nữa, yêu cầu xóa toàn bộ số điện thoại và thông tin tôi đã cung cấp', 'erase_my_data'],

  // none
  ['cảm ơn nhiều nha', 'none'],
  [`Vay tiền online lãi suất thấp, không thẩm định, giải ngân 30 phút, lh ${H28_PHONE_D}`, 'none'],
  ['bye', 'none'],
  ['bệnh viện tỉnh chủ nhật có khám bhyt ko', 'none'],
  ['tra phạt nguội xe máy ở web nào', 'none'],
  ["Thanks, that's all", 'none'],
  ['agribank thứ 7 có mở cửa ko', 'none'],
  ['👍', 'none'],
];

// Held-out 29 and 30: written blind on 2026-12-04 by two helpers who read only the list of labels, after the round of
// tuning 39 and 40 (29: everyday voices, people in a hurry, rural and regional speech, teencode; 30: the hard cases).
// Messages that were a flow's own example or keyword, or already in the set word for word, were dropped.
const H29_HS_A = '000.07.21.H39-260112-0417';
const H29_HS_B = '000 12 04 h56 260203 0088';
const H29_HS_C = '000.31.09.H17-251229-1203';
const H29_HS_D = 'h40-260115-0032';
const H29_HS_E = '000.05.33.H62-260220-0761';
const H29_HS_F = '000.18.02.H35-260108-0154';
const H29_HS_G = '000.24.11.H51-251218-0409';
const H29_HS_H = '000.09.14.h48-260130-0275';
const H29_HS_I = '000.16.27.H23-260205-0912';
const H29_HS_J = '000.02.40.H58-260119-0346';
const H29_HS_K = '000.11.06.H44-260211-0583';
const H29_MST_A = '3702418856';
const H29_MST_B = '0316 728 045';
const H29_MST_C = '4201873920-002';
const H29_MST_D = '6001527384';
const H29_MST_E = '1801946273';
const H29_MST_F = '5800 613 497';
const H29_PA_A = 'PA-ZL-2026-000587';
const H29_PA_B = 'pa-2026-003142';
const H29_PA_C = 'PA 2026 001976';
const H29_PA_D = 'PA-ZL-2026-002310';
const H29_PA_E = 'pa-zl-2026-001458';
const H29_PA_F = 'PA-2026-005029';
const H29_SDT_A = '0912 437 581';
const H29_SDT_B = '0368205194';
const H29_SDT_C = '0786.492.310';

const batch29Heldout: [string, string][] = [
  // dossier
  [`${H29_HS_A}`, 'dossier'],
  [`ho so ${H29_HS_B} toi dau roi`, 'dossier'],
  [`Tôi nộp hồ sơ cấp đổi sổ đỏ mã ${H29_HS_C}, nhờ kiểm tra giúp đã được ký chưa.`, 'dossier'],
  [`ma hs ${H29_HS_D} con thieu j ko ad`, 'dossier'],
  [
    'Cho hỏi hồ sơ xin phép xây dựng tui nộp bên huyện hồi tháng trước giờ tới bước nào rồi, tui có mã biên nhận đây',
    'dossier',
  ],
  ['tra cuu tinh trang ho so', 'dossier'],
  [`Kính gửi Ban quản trị, tôi xin tra cứu tiến độ giải quyết hồ sơ số ${H29_HS_E} về chế độ hưu trí.`, 'dossier'],
  ['con e lam giay khai sinh nop online 3 ngay r chua thay gi, e dan ma ho so vo nho xem giup nha', 'dossier'],
  [`Check status of my application ${H29_HS_H} pls`, 'dossier'],
  [`Hồ sơ đăng ký kết hôn của em bị trả về hả ad? mã ${H29_HS_I} ạ`, 'dossier'],
  [`giay bien nhan ghi so ${H29_HS_J} ma len web tra ko ra, coi dum`, 'dossier'],
  ['ho so chuyen muc dich dat nha e qua han ma chua tra kq, ma ho so e gui lien o duoi', 'dossier'],
  [`Cho e hỏi hs cấp lại CCCD của mẹ e xong chưa ạ, mã ${H29_HS_K}`, 'dossier'],
  // my_dossiers
  [`sdt ${H29_SDT_A} xem giup cac ho so da nop`, 'my_dossiers'],
  ['Tôi làm mất giấy biên nhận, không nhớ mã hồ sơ, giờ tra thế nào?', 'my_dossiers'],
  ['e nop may bo ho so ma quen het ma r, tra theo sdt dc ko ad', 'my_dossiers'],
  ['Đề nghị liệt kê giúp tôi tất cả hồ sơ tôi đã nộp trong năm nay.', 'my_dossiers'],
  [`List all my applications please, I registered with phone ${H29_SDT_B}`, 'my_dossiers'],
  ['coi het may ho so tui nop o xa duoc hong', 'my_dossiers'],
  [
    `Ba tôi nộp mấy hồ sơ đất bên phường mà không giữ phiếu hẹn, số đăng ký là ${H29_SDT_C}, nhờ xem giúp các hồ sơ.`,
    'my_dossiers',
  ],
  // dossier_follow
  [`Báo cho tôi khi hồ sơ ${H29_HS_F} có kết quả nhé`, 'dossier_follow'],
  ['theo doi ho so dum toi, co ma roi', 'dossier_follow'],
  ['Có cách nào nhận tin nhắn khi hồ sơ của tôi chuyển bước không? chạy xe suốt không coi web được', 'dossier_follow'],
  ['Can I get notified when my work permit file changes status?', 'dossier_follow'],
  ['e muon dc bao qua zalo khi ho so khai sinh cua be co ket qua nha', 'dossier_follow'],
  ['Đăng ký nhận thông báo tiến độ hồ sơ trợ cấp của mẹ tôi.', 'dossier_follow'],
  ['hồ sơ cấp phép sửa nhà tui nộp rồi, có gì mới thì nhắn tui liền nghen', 'dossier_follow'],
  ['bật thông báo hồ sơ', 'dossier_follow'],
  // dossier_unfollow
  [`Ngưng gửi thông báo hồ sơ ${H29_HS_G} giùm, nhận kết quả rồi`, 'dossier_unfollow'],
  ['ho so xong roi dung bao nua', 'dossier_unfollow'],
  ['lấy sổ rồi, khỏi nhắn tình trạng hồ sơ cho tui nữa', 'dossier_unfollow'],
  ['bỏ theo dõi hồ sơ đất của ba em ik ad, ko cần nữa', 'dossier_unfollow'],
  ['Tôi không muốn tiếp tục nhận tin về tiến độ hồ sơ nữa, xin hủy theo dõi.', 'dossier_unfollow'],
  // follows
  ['tui dang theo doi nhung ho so nao', 'follows'],
  ['Xem danh sách hồ sơ tôi đang đăng ký nhận thông báo.', 'follows'],
  ['Which files am I following right now?', 'follows'],
  ['e đang theo dõi mấy hồ sơ z ad', 'follows'],
  ['hồi trước tui có bấm theo dõi mấy bộ hồ sơ, giờ coi lại là mấy bộ nào', 'follows'],
  // procedure
  ['Thủ tục tách thửa đất nông nghiệp cần những giấy tờ gì, lệ phí bao nhiêu?', 'procedure'],
  ['xay nha cap 4 o nong thon co can xin giay phep ko', 'procedure'],
  ['ông nội em mới mất, đăng ký khai tử ra xã mang theo gì vậy ad', 'procedure'],
  ['How do I register temporary residence as a foreigner renting an apartment?', 'procedure'],
  ['Làm hộ chiếu lần đầu nộp online được không, bao lâu có?', 'procedure'],
  [
    'Con tôi mới sinh ở bệnh viện tỉnh, làm khai sinh với thẻ bảo hiểm y tế cho cháu một lần được không, cần giấy gì?',
    'procedure',
  ],
  ['ghe cua tui muon dang ky lai tau ca thi lam o dau, giay to ra sao', 'procedure'],
  ['Kính hỏi: thủ tục hưởng trợ cấp mai táng phí cho thân nhân cựu chiến binh gồm những hồ sơ gì?', 'procedure'],
  ['xin giấy xác nhận độc thân để cưới vợ thì làm ở đâu z mn', 'procedure'],
  ['chuyen truong cho con tu tinh khac ve thi can giay to j', 'procedure'],
  ['Nhà tôi có đứa cháu bị bại não, muốn xin trợ cấp khuyết tật thì làm sao?', 'procedure'],
  ['dang ky ket hon voi nguoi nuoc ngoai mat bao lau, phi bn', 'procedure'],
  ['mở tiệm tạp hóa nhỏ trước nhà có phải đăng ký hộ kinh doanh không, làm ở đâu', 'procedure'],
  ['sang tên sổ đỏ cho con thì đóng lệ phí trước bạ hông hay được miễn', 'procedure'],
  ['tìm thủ tục xác nhận thông tin cư trú', 'procedure'],
  // business
  [`mst ${H29_MST_A}`, 'business'],
  [`Cho hỏi công ty có MST ${H29_MST_B} còn hoạt động không, tôi định ký hợp đồng với họ`, 'business'],
  [`tra cứu chi nhánh ${H29_MST_C}`, 'business'],
  [`Is the company with tax code ${H29_MST_D} legit? They offered me a job`, 'business'],
  ['tra thong tin doanh nghiep theo ma so thue', 'business'],
  ['Công ty TNHH thủy sản này đăng ký địa chỉ ở đâu, ai đứng tên giám đốc? tui có mã số thuế', 'business'],
  [`cty thu mua lua no tien tui, coi giup dia chi cong ty mst ${H29_MST_E}`, 'business'],
  [`Xin thông tin đăng ký kinh doanh của doanh nghiệp mã số thuế ${H29_MST_F}.`, 'business'],
  ['check mst dum e cai, cty bên giao hàng cho tiệm e', 'business'],
  // feedback
  ['duong vao thon 3 o ga to qua, xe may te hoai ma ko ai va', 'feedback'],
  ['Rác ở chợ xã 3 ngày không ai dọn, bốc mùi quá trời', 'feedback'],
  ['Quán karaoke đầu hẻm hát tới 1h sáng, báo phường hoài không ai giải quyết', 'feedback'],
  ['Nhà kế bên xây lấn qua đất nhà tôi, lại không có giấy phép, tôi muốn phản ánh.', 'feedback'],
  ['mưa lớn sạt lở taluy trên đường lên bản, xe không qua được, đề nghị xử lý gấp', 'feedback'],
  ['Cán bộ bộ phận một cửa xã thái độ hách dịch, hẹn lên hẹn xuống, tôi muốn góp ý.', 'feedback'],
  ['nuoc ngap toi goi ca xom, cong thoat nuoc nghet cung, ai lo dum', 'feedback'],
  ["There's a huge pile of construction waste dumped on our street for two weeks, who can remove it?", 'feedback'],
  ['đèn đường hẻm 45 tắt cả tháng rồi, tối con nít đi học về sợ lắm', 'feedback'],
  ['Kiến nghị: đề nghị tỉnh xem xét lắp gờ giảm tốc tại cổng trường tiểu học, xe tải chạy ẩu quá.', 'feedback'],
  ['có người chích điện bắt cá ngoài kênh, cá chết trắng, bà con bức xúc lắm', 'feedback'],
  ['Xưởng gỗ đầu thôn thải khói bụi mù mịt, con nít ho quá', 'feedback'],
  ['nước máy mấy hôm nay vàng đục còn có mùi, phản ánh giùm', 'feedback'],
  ['Cầu tạm qua sông bị gãy từ đợt lũ, học sinh phải lội qua', 'feedback'],
  ['ghe hut cat trai phep ban dem lam sat lo bo song, ruong tui mat gan sao roi', 'feedback'],
  // feedback_ticket
  [`${H29_PA_A}`, 'feedback_ticket'],
  [`phan anh ${H29_PA_B} xu ly toi dau roi`, 'feedback_ticket'],
  [
    `Phản ánh số ${H29_PA_C} của tôi gửi từ tháng trước đến nay chưa được trả lời, đề nghị kiểm tra.`,
    'feedback_ticket',
  ],
  [`status of ticket ${H29_PA_D}?`, 'feedback_ticket'],
  [`e gửi phản ánh vụ ổ gà, mã ${H29_PA_E} có ai xử lý chưa ad`, 'feedback_ticket'],
  ['tra cuu phan anh theo ma so', 'feedback_ticket'],
  [`kien nghi so ${H29_PA_F} co ket qua chua`, 'feedback_ticket'],
  ['Tôi có mã phản ánh vụ đổ rác ra suối, muốn xem đã xử lý tới đâu', 'feedback_ticket'],
  // my_feedback
  ['mấy cái phản ánh tui gửi hồi giờ có ai trả lời chưa', 'my_feedback'],
  ['e gui kien nghi ma quen luu ma, coi lai cac phan anh cua e dc ko', 'my_feedback'],
  ['mấy vụ tui báo ổ gà với rác hồi tháng rồi, bên mình trả lời sao', 'my_feedback'],
  ['Tôi muốn xem câu trả lời của cơ quan chức năng đối với những kiến nghị tôi đã gửi qua Zalo.', 'my_feedback'],
  // handoff
  ['cho gap nguoi that', 'handoff'],
  ['Tôi muốn nói chuyện trực tiếp với cán bộ, máy trả lời không đúng ý.', 'handoff'],
  ['ad ơi có ai trực ko, e cần hỏi gấp người thật', 'handoff'],
  ['Đề nghị chuyển tôi sang cán bộ tiếp dân trực tuyến.', 'handoff'],
  ['bot hoi hoai ko hieu, kêu cán bộ vô chat dùm tui', 'handoff'],
  // help
  ['so hotline trung tam hanh chinh cong', 'help'],
  ['Bộ phận một cửa tỉnh thứ bảy có làm việc không, địa chỉ ở đâu?', 'help'],
  ['trung tâm phục vụ hành chính công mấy giờ mở cửa vậy', 'help'],
  ['xài cái bot này sao vậy, bấm hoài hổng ra', 'help'],
  ['xin so dien thoai lien he bo phan mot cua huyen', 'help'],
  // menu
  ['cho coi may chuc nang di ad', 'menu'],
  // language
  ['Đổi sang tiếng Anh giúp tôi, chồng tôi là người nước ngoài', 'language'],
  ['Can you switch back to Vietnamese? My wife wants to read it', 'language'],
  // subscriptions
  ['Tôi muốn đăng ký nhận thông báo của tỉnh về thiên tai, bão lũ.', 'subscriptions'],
  ['dang ky nhan canh bao xa lu', 'subscriptions'],
  ['e chi muon nhan tin tuyen sinh lop 10 thoi, bo may tin khac nha', 'subscriptions'],
  ['Subscribe me to announcements about job fairs', 'subscriptions'],
  ['Xin đăng ký nhận bản tin chính sách dành cho người nghỉ hưu.', 'subscriptions'],
  // unsubscribe
  ['Đừng gửi thông báo cho tôi nữa, nhiều quá', 'unsubscribe'],
  ['tắt hết tin tức tỉnh gửi dùm e ik', 'unsubscribe'],
  ['Ngưng nhận toàn bộ bản tin từ trang này.', 'unsubscribe'],
  // welcome
  // my_data
  ['Bot đang lưu thông tin gì của tôi?', 'my_data'],
  ['What personal info do you have on me?', 'my_data'],
  ['tui đưa sdt với tên cho bot rồi, giờ muốn coi bot giữ những gì của tui', 'my_data'],
  // erase_my_data
  ['Xóa toàn bộ dữ liệu cá nhân của tôi.', 'erase_my_data'],
  ['xoa sdt cua e trong he thong bot ik', 'erase_my_data'],
  ['Tôi không dùng nữa, đề nghị hủy bỏ mọi thông tin của tôi mà chatbot đang lưu.', 'erase_my_data'],
  // none
  ['Mai ở Quy Nhơn có mưa không?', 'none'],
  ['lich da bong viet nam toi nay', 'none'],
  ['tra phat nguoi xe may o dau vay', 'none'],
  ['Bệnh viện đa khoa tỉnh khám BHYT mấy giờ bắt đầu lấy số?', 'none'],
  ['ngan hang agribank huyen thu 7 co lam ko', 'none'],
  ['Bán đất nền ven biển giá rẻ sổ sẵn, ib em', 'none'],
  ['giá lúa tươi hôm nay bao nhiêu một ký', 'none'],
];

const H30_DOSSIER_A = '000.00.21.H47-250814-0032';
const H30_DOSSIER_B = '000 08 12 h56 250902 0117';
const H30_DOSSIER_C = '000.33.18.H31-251120-0009';
const H30_DOSSIER_D = '000.00.07.H40-251006-0581';
const H30_DOSSIER_E = '000.14.25.h62.251113.0046';
const H30_DOSSIER_F = '000.21.09.H33-260105-0213';
const H30_DOSSIER_G = '000-05-30-H58-251218-0074';
const H30_DOSSIER_H = '000.00.19.H26-260112-0398';
const H30_DOSSIER_I = '000.27.11.H54-251127-0160';
const H30_DOSSIER_J = '000.00.40.h49-260108-0027';
const H30_DOSSIER_K = '000 36 02 H35 251211 0093';
const H30_DOSSIER_PART = 'H45-251003-0245';
const H30_DOSSIER_L = '000.11.04.H22-251029-0412';
const H30_DOSSIER_M = '000.09.16.H38_251201_0155';
const H30_DOSSIER_N = '000.00.23.H60-260119-0008';
const H30_DOSSIER_P = '000.00.12.H51-251222-0301';
const H30_DOSSIER_Q = '000.18.07.h27-260114-0066';
const H30_DOSSIER_R = '000.30.05.H44-251230-0129';
const H30_DOSSIER_S = '000.00.26.H37-251104-0520';
const H30_DOSSIER_T = '000.12.20.H53-251215-0088';
const H30_DOSSIER_U = '000.07.31.h29-260102-0247';
const H30_MST_A = '4101587263';
const H30_MST_B = '0316 284 579';
const H30_MST_C = '3701946218-002';
const H30_MST_D = '2901 753 146';
const H30_MST_E = '0402218937';
const H30_MST_F = '5800641592';
const H30_MST_G = '3502 447 810-001';
const H30_MST_H = '6001382745';
const H30_TICKET_B = 'pa 2026 003914';
const H30_TICKET_C = 'PA-2026-011206';
const H30_TICKET_D = 'pa-zl-2026-001742';
const H30_TICKET_E = 'PA-ZL-2026-002095';
const H30_TICKET_F = 'PA 2026 000871';
const H30_TICKET_G = 'pa-2026-006533';
const H30_TICKET_H = 'PA.ZL.2026.000319';
const H30_PHONE_A = '0913 457 286';
const H30_PHONE_B = '0386219047';
const H30_PHONE_C = '0772.514.938';
const H30_PHONE_D = '0968 301 725';

const batch30Heldout: [string, string][] = [
  // dossier
  [`${H30_DOSSIER_A}`, 'dossier'],
  [`hồ sơ ${H30_DOSSIER_B} tới đâu rồi`, 'dossier'],
  [
    `Chào anh chị, nhà tui ở ấp 3 xã Tân Phú, hồi tháng trước tui lên bộ phận một cửa huyện nộp hồ sơ tách thửa cho thằng con út, mấy ổng hẹn 15 ngày mà giờ gần một tháng rồi hông thấy ai gọi, tui đi lên đi xuống mấy lần tốn xăng quá trời. Tui có cái biên nhận ghi mã ${H30_DOSSIER_C}, nhờ coi giùm tui nó tới đâu rồi nhen`,
    'dossier',
  ],
  [
    `Kính gửi quý cơ quan. Tôi tên là Nguyễn Văn Thọ, năm nay 78 tuổi, cán bộ hưu trí. Ngày 12 tháng 10 vừa qua tôi có nộp hồ sơ cấp đổi giấy chứng nhận quyền sử dụng đất tại Trung tâm Phục vụ hành chính công, mã biên nhận ${H30_DOSSIER_D}. Kính mong quý cơ quan cho biết hồ sơ của tôi đã được giải quyết đến bước nào. Xin trân trọng cảm ơn.`,
    'dossier',
  ],
  [
    `tra cứu giúp tôi hồ xơ mả ${H30_DOSSIER_E} xem đã có kết quả chưa vì tôi nộp từ tuần trước mà chưa thấy nhắn tin gì hết`,
    'dossier',
  ],
  [`hồ sơ khai sinh cho đứa cháu nội tui nộp bữa tê, mã ${H30_DOSSIER_F}, răng chừ chưa xong rứa hè`, 'dossier'],
  [
    'không biết có ai chỉ giúp cách xem hồ sơ mình nộp trên mạng đã được duyệt chưa, em có mã hồ sơ trong email đây ạ',
    'dossier',
  ],
  [
    `Hồ sơ ${H30_DOSSIER_G} nộp từ tháng 12 đến giờ vẫn trễ hẹn!!! Kiểm tra ngay cho tôi nó đang nằm ở phòng nào, ai đang giữ`,
    'dossier',
  ],
  [
    `Hi, could you check the status of my work permit application ${H30_DOSSIER_H}? I submitted it in January.`,
    'dossier',
  ],
  [`my dossier number ${H30_DOSSIER_K} what status now pls`, 'dossier'],
  [`hồ sơ số đuôi ${H30_DOSSIER_PART} của tôi sao rồi, mấy số đầu tôi bị mờ không đọc được`, 'dossier'],
  [
    `Tôi định hỏi thủ tục cấp lại giấy khai sinh bản sao nhưng thôi để sau, trước mắt cho tôi xem hồ sơ chuyển mục đích sử dụng đất ${H30_DOSSIER_I} đã xong chưa`,
    'dossier',
  ],
  [
    `Cho em hỏi hồ sơ đăng ký hộ kinh doanh mã ${H30_DOSSIER_J} bao giờ thì có kết quả ạ, em cần gấp để mở hàng trước Tết`,
    'dossier',
  ],

  // my_dossiers
  [
    `Tôi làm mất cái giấy biên nhận rồi, không nhớ mã hồ sơ, số điện thoại lúc nộp là ${H30_PHONE_A}, tra giúp tôi với`,
    'my_dossiers',
  ],
  [
    `tui nộp mấy bộ hồ sơ hồi năm rồi, cấp sổ đỏ nè, xin phép sửa nhà nè, rồi làm lại giấy khai sinh cho bà xã, giờ hông nhớ cái nào ra cái nào, coi giùm tui hết mấy cái hồ sơ đứng tên sđt ${H30_PHONE_B} nhen`,
    'my_dossiers',
  ],
  [`I forgot my application code. Can you list all applications under my phone number ${H30_PHONE_C}?`, 'my_dossiers'],
  [
    'Kính gửi quý cơ quan, tôi là người cao tuổi, mắt kém, giấy tờ biên nhận thất lạc cả, không còn nhớ mã số các hồ sơ đã nộp. Kính đề nghị quý cơ quan cho tôi xem toàn bộ các hồ sơ tôi đã nộp theo số điện thoại Zalo này. Trân trọng.',
    'my_dossiers',
  ],
  ['xem tất cả hồ sơ tôi đã nộp bằng số điện thoại này được không mã thì tôi quên mất tiêu rồi', 'my_dossiers'],
  ['mã hồ sơ tui quên mất rồi, răng chừ tra được hè, có cách mô coi theo số điện thoại không', 'my_dossiers'],
  [
    `Năm ngoái bão số 3 vào, nhà tôi ở xóm bãi bị sạt lở mất một góc vườn, giấy tờ trôi gần hết. Sau đó tôi có nộp hồ sơ xin hỗ trợ làm lại nhà, hồ sơ cấp lại sổ đỏ bị mất, rồi cả hồ sơ cấp lại căn cước cho vợ. Giấy hẹn thì ướt hết không đọc được. Giờ tôi muốn xem lại hết các hồ sơ đã nộp, số điện thoại của tôi là ${H30_PHONE_D}`,
    'my_dossiers',
  ],

  // dossier_follow
  [`báo tui khi hồ sơ ${H30_DOSSIER_L} có kết quả nhen`, 'dossier_follow'],
  [`Please notify me when application ${H30_DOSSIER_M} gets approved`, 'dossier_follow'],
  [
    `Kính gửi quý cơ quan, tôi ở xa không tiện đi lại, kính mong quý cơ quan nhắn tin cho tôi qua Zalo này mỗi khi hồ sơ ${H30_DOSSIER_N} có thay đổi. Xin cảm ơn.`,
    'dossier_follow',
  ],
  [`đăng ký nhận thông báo hồ xơ ${H30_DOSSIER_Q} khi nào sông thì báo cho tôi`, 'dossier_follow'],
  [
    'không biết có cách nào để hồ sơ cấp phép xây dựng của mình có kết quả thì mình được báo tự động không ạ, đỡ phải ngày nào cũng vô hỏi',
    'dossier_follow',
  ],
  [
    `hồ sơ ${H30_DOSSIER_P} ni có chi mới thì nhắn cho tui biết với nghe, tui đi biển mấy bữa không lên được`,
    'dossier_follow',
  ],
  [
    `Hồ sơ ${H30_DOSSIER_R} tôi vừa tra xong, đang chờ lãnh đạo ký. Giờ bật theo dõi giúp tôi để có kết quả là biết liền.`,
    'dossier_follow',
  ],

  // dossier_unfollow
  [`hồ sơ ${H30_DOSSIER_S} tui nhận kết quả rồi, đừng nhắn cái đó nữa nhen`, 'dossier_unfollow'],
  [`Stop sending me updates about ${H30_DOSSIER_T}, it's done already.`, 'dossier_unfollow'],
  [`ngày nào cũng nhắn thông báo hồ sơ ${H30_DOSSIER_U} phiền quá tắt theo dõi đi`, 'dossier_unfollow'],
  ['thôi khỏi theo dõi cái hồ sơ khai tử cho ôn tui nữa, xong rồi, cảm ơn', 'dossier_unfollow'],

  // follows
  ['Cho tôi xem những hồ sơ mà tôi đã đăng ký nhận thông báo', 'follows'],
  ['tui bấm theo dõi mấy cái hồ sơ rồi mà giờ quên cái nào, coi lại giùm tui danh sách nhen', 'follows'],
  ['danh sách hồ sơ tôi đang theo giỏi', 'follows'],

  // procedure
  [
    'Ba tôi mất tháng trước, không để lại di chúc. Mẹ tôi cũng mất lâu rồi, anh chị em chúng tôi có 4 người, một người đang ở nước ngoài. Căn nhà và mảnh đất ở quê đứng tên ba tôi. Giờ anh em thống nhất để cho anh cả đứng tên. Cho tôi hỏi thủ tục khai nhận di sản thừa kế cần những giấy tờ gì, làm ở đâu, người ở nước ngoài có phải về không?',
    'procedure',
  ],
  [
    'Kính gửi quý cơ quan, tôi năm nay 82 tuổi, không có lương hưu, sống một mình. Tôi nghe nói người trên 80 tuổi được hưởng trợ cấp hằng tháng. Kính mong quý cơ quan hướng dẫn tôi thủ tục cần làm những gì. Trân trọng.',
    'procedure',
  ],
  [
    'cho hỏi làm hộ chiếu phổ thông lần đầu cần những giấy tờ gì lệ phí bao nhiêu làm ở đâu có làm online được không',
    'procedure',
  ],
  ['How do I apply for a temporary residence card? I am a foreigner married to a Vietnamese citizen.', 'procedure'],
  ['marriage register with vietnamese girl, what paper i need?', 'procedure'],
  ['đăng ký kết hôn thì cần mang chi theo rứa, làm ở xã hay phải lên huyện hè', 'procedure'],
  ['xin giấy phép xây dựng nhà ở nông thôn có cần hông dzậy, nhà tui tính cất lại căn nhà cấp 4', 'procedure'],
  ['không biết có ai chỉ giúp làm giấy xác nhận tình trạng hôn nhân mất bao lâu không ạ', 'procedure'],
  ['thủ tục chuyển trường cho con từ tỉnh khác về học lớp 7 thì làm sao ạ', 'procedure'],
  [
    'Tôi vừa bị mất ví ở chợ, công an xã đã lập biên bản rồi. Giờ tôi muốn hỏi thủ tục cấp lại giấy phép lái xe bị mất.',
    'procedure',
  ],
  ['rút bhxh 1 lần cần giấy gì', 'procedure'],
  ['thủ tục thành lập công ty TNHH một thành viên hồ sơ gồm những gì', 'procedure'],
  ['nhà bị bão làm sập mái thì làm hồ sơ xin hỗ trợ như thế nào, nộp ở đâu', 'procedure'],
  ['làm thẻ bhyt hộ gia đình ở đâu, mức đóng năm nay bao nhiêu', 'procedure'],

  // business
  [`${H30_MST_A}`, 'business'],
  [`mst ${H30_MST_B}`, 'business'],
  [`tra cứu công ty có mã số thuế ${H30_MST_C} còn hoạt động không`, 'business'],
  [`Can you check company with tax code ${H30_MST_D}, is it still active?`, 'business'],
  [
    `Tôi làm thợ hồ, có công ty xây dựng thuê làm 3 tháng rồi mà chưa trả lương, gọi thì không nghe máy. Trước khi đi kiện tôi muốn biết công ty này có thật không, địa chỉ ở đâu, người đại diện là ai, mã số thuế ${H30_MST_E}`,
    'business',
  ],
  [`coi giùm tui cái cty mst ${H30_MST_F} bị đóng mã số thuế chưa, mấy ổng nợ tiền hàng tui cả năm nay`, 'business'],
  [
    'không biết tra thông tin doanh nghiệp ở đây được không, tôi định ký hợp đồng với Công ty CP Thực phẩm Hoà Bình mà chưa rõ họ có đăng ký kinh doanh chưa',
    'business',
  ],
  [`kiểm tra mả số thuế ${H30_MST_G} tên công ty là gì người đại diện pháp luật là ai`, 'business'],
  [`cái công ty mã số thuế ${H30_MST_H} ni là của ai rứa, đăng ký ngành nghề chi`, 'business'],

  // feedback
  ['đèn đường hỏng', 'feedback'],
  [
    'Nhà tôi ở tổ 5 phường Quang Trung. Từ tháng trước nhà bên cạnh mở quán karaoke, hát từ chiều đến 12 giờ đêm, loa công suất lớn hướng thẳng sang nhà tôi. Con tôi năm nay ôn thi vào lớp 10, mẹ tôi bị huyết áp cao không ngủ được. Tôi đã sang nói chuyện nhiều lần, tổ trưởng cũng nhắc rồi mà họ vẫn thế. Tôi muốn phản ánh để chính quyền xuống xử lý.',
    'feedback',
  ],
  [
    'RÁC ĐỂ CẢ TUẦN KHÔNG AI THU Ở ĐẦU HẺM 42 NGUYỄN TRÃI, BỐC MÙI KINH KHỦNG, RUỒI BU ĐẦY, CÁC ÔNG LÀM ĂN KIỂU GÌ VẬY???',
    'feedback',
  ],
  [
    'Kính gửi quý cơ quan, tôi xin phản ánh việc đoạn đường liên thôn từ thôn Đông đến thôn Đoài bị hư hỏng nặng sau mùa mưa, ổ gà lớn, người già và học sinh đi lại rất nguy hiểm. Kính đề nghị quý cơ quan sớm cho sửa chữa. Trân trọng.',
    'feedback',
  ],
  ['cán bộ địa chính xã đòi 5 triệu mới chịu ký hồ sơ cho tôi, tôi muốn tố cáo chuyện này', 'feedback'],
  [
    'mấy ổng ở bộ phận một cửa xã nói chuyện cộc lốc, hỏi gì cũng hông trả lời, bắt tui chờ cả buổi, tui muốn phản ánh',
    'feedback',
  ],
  ['mưa chừ nước ngập hết đường vô xóm, cống bị bít lâu rồi mà không ai nạo vét, răng rứa', 'feedback'],
  [
    "There's a big pothole on Tran Phu street near the primary school, motorbikes fall every day. Please fix it.",
    'feedback',
  ],
  [
    'tôi muốn phản ánh cây xanh đỗ ngã ra đường ở ngã tư chợ mới từ sáng tới giờ không ai dọn nguy hiểm lắm',
    'feedback',
  ],
  [
    'Tôi định hỏi thủ tục xin giấy phép kinh doanh nhưng cái cần nói trước là quán nhậu đầu ngõ lấn chiếm hết vỉa hè, người đi bộ phải xuống lòng đường. Đề nghị phường xử lý.',
    'feedback',
  ],
  [
    'không biết có ai chỉ giúp chỗ nào để báo việc xe tải chở đất rơi vãi đầy đường ở xã em không ạ, trời mưa trơn trượt ngã mấy người rồi',
    'feedback',
  ],
  ['sạt lở taluy trên tỉnh lộ 8 đoạn qua bản Nà Hẩu, đất đá tràn xuống nửa đường mà chưa có biển cảnh báo', 'feedback'],
  ['kiến nghị lắp thêm đèn tín hiệu giao thông ở ngã ba Hòa Khánh, tháng này xảy ra 3 vụ tai nạn rồi', 'feedback'],
  [
    'Cơ sở chăn nuôi lợn đầu làng xả thải thẳng ra mương, mùi hôi thối cả xóm, nước giếng nhà em cũng bị ảnh hưởng ạ',
    'feedback',
  ],
  [
    'chó thả rông cắn trẻ con trong khu dân cư mà chủ nuôi không chịu trách nhiệm, đề nghị chính quyền xử lý',
    'feedback',
  ],

  // feedback_ticket
  [`phản ánh ${H30_TICKET_B} xử lý tới đâu rồi`, 'feedback_ticket'],
  [
    `Tôi gửi phản ánh số ${H30_TICKET_C} từ 3 tuần trước về vụ rác mà đến giờ vẫn im re, có ai đọc không vậy?`,
    'feedback_ticket',
  ],
  [`status of my complaint ${H30_TICKET_D}?`, 'feedback_ticket'],
  [
    `Kính gửi quý cơ quan, ngày 05 tháng 01 tôi có gửi kiến nghị về việc mương thoát nước bị lấp, số phiếu ${H30_TICKET_E}. Kính mong quý cơ quan cho biết kết quả xử lý. Trân trọng.`,
    'feedback_ticket',
  ],
  [`cái phản ánh ${H30_TICKET_F} tui gửi bữa trước giờ ra răng rồi`, 'feedback_ticket'],
  [`kiểm tra giúp tôi phản ảnh số ${H30_TICKET_G} đã có trả lời chưa`, 'feedback_ticket'],
  [`mã phản ánh ${H30_TICKET_H} coi giùm tui mấy ổng xử lý chưa nhen`, 'feedback_ticket'],

  // my_feedback
  [
    'Tôi có gửi mấy phản ánh về đường sá với rác thải nhưng không lưu số phiếu, xem lại giúp tôi các phản ánh đã gửi và câu trả lời',
    'my_feedback',
  ],
  ['Where can I see the answers to the complaints I sent?', 'my_feedback'],
  ['mấy cái phản ánh tui gửi hồi giờ có ai trả lời chưa dzậy, tui hông nhớ số', 'my_feedback'],
  [
    'Kính gửi quý cơ quan, trong năm qua tôi đã gửi nhiều kiến nghị về tình trạng ô nhiễm ở khu phố. Nay kính đề nghị quý cơ quan cho tôi xem lại toàn bộ các kiến nghị đã gửi và nội dung trả lời.',
    'my_feedback',
  ],
  ['coi lại giúp tui những kiến nghị tui đã gửi với trả lời răng', 'my_feedback'],

  // handoff
  ['tôi hỏi 3 lần rồi mà cái máy này cứ trả lời lung tung, chuyển cho nhân viên ngay', 'handoff'],
  [
    'Kính gửi quý cơ quan, tôi già rồi không rành bấm máy, xin cho tôi được trao đổi trực tiếp với cán bộ phụ trách qua tin nhắn này.',
    'handoff',
  ],
  ['có ai trực không rứa, cho tui nói chuyện với người thiệt chơ máy không hiểu chi hết', 'handoff'],
  [
    'Chuyện đất đai nhà tôi phức tạp lắm, tranh chấp ranh giới với hàng xóm từ đời ông, máy không giải thích được đâu, cho tôi chat với cán bộ ngay bây giờ',
    'handoff',
  ],

  // help
  ['bộ phận một cửa tỉnh ở đâu, mấy giờ mở cửa, thứ bảy có làm không', 'help'],
  ['What are the office hours of the public administration service center and its address?', 'help'],
  ['không biết có ai chỉ giúp cách dùng cái chatbot này với, tôi bấm hoài không ra', 'help'],
  ['cho xin số điện thoại đường dây nóng của tỉnh nhen', 'help'],

  // menu
  ['có những chức năng chi rứa', 'menu'],

  // language
  ["Can you switch to English? I don't read Vietnamese.", 'language'],
  ['chuyển sang tiếng Anh giúp tôi, để ông xã người Úc nhà tôi tự đọc', 'language'],
  ['đổi lại tiếng việt', 'language'],

  // subscriptions
  ['Tôi muốn nhận thông báo của tỉnh về cảnh báo thiên tai và lịch tiêm chủng', 'subscriptions'],
  ["I'd like to receive announcements about disaster warnings only.", 'subscriptions'],
  ['bớt mấy tin tuyển dụng đi, tui chỉ muốn nhận tin về đất đai thôi nhen', 'subscriptions'],
  [
    'Kính gửi quý cơ quan, xin đăng ký cho tôi nhận các thông báo về chính sách đối với người cao tuổi và bảo hiểm y tế. Trân trọng cảm ơn.',
    'subscriptions',
  ],
  ['tôi muốn đăng kí nhận tin tức về tuyển sinh đầu cấp cho con chọn chủ đề giáo dục', 'subscriptions'],

  // unsubscribe
  ['đừng gửi tin nữa, ngày nào cũng mấy tin phiền quá', 'unsubscribe'],
  ['thôi đừng gửi thông báo chi cho tui nữa hết', 'unsubscribe'],
  ['Cho mình hủy đăng ký nhận toàn bộ thông báo từ trang này nhé, mình chuyển vào Sài Gòn sống rồi', 'unsubscribe'],

  // welcome
  ['xin chào, bạn là ai vậy', 'welcome'],
  ['chào em, em là người hay máy rứa', 'welcome'],

  // my_data
  ['Bot đang lưu những thông tin gì của tôi vậy, số điện thoại, tên, địa chỉ?', 'my_data'],
  ['không biết có ai chỉ giúp xem cái trang này đang giữ những thông tin cá nhân nào của tôi không', 'my_data'],

  // erase_my_data
  ['Tôi không dùng nữa, đề nghị xóa hết thông tin cá nhân, số điện thoại tôi đã cung cấp cho bot', 'erase_my_data'],
  ['xóa hết mấy thông tin của tui đi nhen, tui hông muốn để lưu', 'erase_my_data'],

  // none
  ['thời tiết Đà Nẵng mai có mưa không', 'none'],
  ['chuyển khoản nhầm qua ngân hàng khác thì lấy lại tiền sao ạ', 'none'],
  ['Thanks, bye!', 'none'],
  ['Cần tiền gấp? Vay nhanh 50 triệu không thế chấp, giải ngân trong 30 phút, ib ngay zalo chính chủ', 'none'],
  ['bệnh viện tỉnh có khám dịch vụ ngày chủ nhật không vậy', 'none'],
  ['tra phạt nguội biển số xe máy của tôi', 'none'],
  ['rứa thôi, cảm ơn nghe', 'none'],
  [
    'Con tôi năm nay thi tốt nghiệp xong, cả nhà mừng lắm, cháu muốn theo ngành y như ông nội. Cho tôi hỏi điểm chuẩn trường Đại học Y Dược năm ngoái là bao nhiêu?',
    'none',
  ],
];

// Tuning 45 (250 messages, written blind on 2026-12-04 from the list of labels only, to be learnt from, not to
// study: requests told as stories (people who write as they talk, regional words)).
const batch45Tune: [string, string][] = [
  [
    'tui o ap 3 xa Tan Phu nam nay 62 tuoi roi, hoi xua ong ba gia de tui ra o nha ko co ai di lam giay khai sinh gi het, song toi gio cung hong can, ai de gio di lam the bao hiem y te ho doi giay khai sinh ma tui hong co, thiet tinh hong biet gio lam lai thi can giay to chi va len dau lam dzậy',
    'procedure',
  ],
  [
    'Con gái tui mới sanh được 2 tuần ở bệnh viện huyện, ba nó đi làm xa tận Bình Dương chưa về được, tui là bà ngoại nó thương cháu muốn đi làm khai sinh dùm cho kịp mà hông biết ngoại có đứng ra làm được hông hay phải chờ ba mẹ nó, rồi cần mang theo giấy gì',
    'procedure',
  ],
  [
    'em voi anh xa quen nhau 3 nam roi tinh cuoi cuoi nam nay, ma anh ay ho khau o Nghe An con em o Can Tho xa xoi qua, em nghe noi moi nguoi phai xin cai giay xac nhan tinh trang hon nhan gi do, em ko biet xin o dau va mat bao lau moi co de con bao nha trai',
    'procedure',
  ],
  [
    'ông già tui mất hồi tháng 3 năm nay, để lại miếng đất 2 công ở xã, mấy anh em tui ngồi lại thống nhất để cho thằng út đứng tên hết rồi mà đi hỏi thì mỗi người nói một kiểu, người nói lên xã người nói ra phòng công chứng. Tui là con lớn nên phải đứng ra lo, mà tui làm ruộng quanh năm có biết gì giấy tờ đâu, giờ muốn làm thủ tục khai nhận thừa kế sang tên sổ đỏ thì cần những giấy tờ gì, phí bao nhiêu',
    'procedure',
  ],
  [
    'căn cước của tui bị rớt đâu mất hồi đi chợ Tết, tìm mấy tuần hông thấy, ra công an xã thì họ nói làm trên mạng được mà tui già rồi hông rành, có nơi lại nói phải lên công an huyện, rốt cuộc làm cấp lại căn cước thì làm sao cho đúng dzậy',
    'procedure',
  ],
  [
    'nha tui tinh dap cai nha cap 4 xay lai 2 tang tren dat tho cu o mat tien duong lien xa, anh hang xom noi phai xin giay phep xay dung chu ko thi bi phat nang lam, tui ko biet ho so gom nhung gi phai co ban ve hong va bao lau thi co giay phep de con hen tho',
    'procedure',
  ],
  [
    'tui ban tap hoa nho tai nha 5 nam nay ko co giay to gi het, xom ai cung vay, gio thang con tui noi muon ban them bia voi thuoc la thi phai co dang ky ho kinh doanh chu kiem tra la chet, vay dang ky ho kinh doanh ca the thi len dau lam, co mat tien ko',
    'procedure',
  ],
  [
    'vo tui que o Soc Trang ve lam dau nha tui o Vinh Long duoc 1 nam hon roi ma van con dang ky thuong tru duoi que, nam sau con tui di hoc mau giao so bi lang nhang, gio muon chuyen thuong tru cho vo ve nha tui thi can nhung giay to gi vay ad',
    'procedure',
  ],
  [
    'bà ngoại tui năm nay 85 tuổi sống một mình, con cháu đi làm ăn xa hết, tui nghe người ta nói người già trên 80 được nhận trợ cấp hàng tháng mà tới giờ bả chưa được đồng nào, bả cũng hông biết chữ, vậy làm hồ sơ hưởng trợ cấp xã hội cho bả thì cần gì nộp ở đâu',
    'procedure',
  ],
  [
    'tui la giao vien ve huu, nam ngoai lu vo nha cuon mat het giay to trong tu, trong do co bang tot nghiep cap 3, gio can bo sung ho so dang vien ma ko co, toi ko biet thu tuc xin cap ban sao tu so goc lam o so giao duc hay o truong cu',
    'procedure',
  ],
  [
    'nhà tui có chiếc xe máy mua lại của ông chú bên Long An mấy năm rồi, giấy tờ vẫn đứng tên ổng, giờ ổng lớn tuổi tui sợ sau này có chuyện gì thì khó, muốn sang tên qua tui thì làm ở công an xã mình hay phải chạy qua bển, giấy tờ cần những gì',
    'procedure',
  ],
  [
    'Dạ em chào anh chị, em mới ra trường được 1 năm, tính mở công ty nhỏ làm dịch vụ in ấn với 2 đứa bạn, tụi em góp mỗi đứa 100 triệu, em lên mạng đọc mấy bài mà rối quá trời, hông biết thành lập công ty TNHH thì hồ sơ gồm những gì, nộp ở đâu, bao lâu thì có giấy',
    'procedure',
  ],
  [
    'con toi sinh ra o Dai Loan hoi vo chong toi con lam o ben do, nam nay ca nha ve VN o han roi, chau sap vao lop 1 ma truong doi giay khai sinh Viet Nam, toi ko biet phai ghi chu khai sinh o dau, giay cua Dai Loan co can dich thuat hay hop phap hoa gi khong',
    'procedure',
  ],
  [
    'tui mua 1 mieng dat nong nghiep 500m2 hoi 2019, gio thang con trai lay vo muon ra rieng, tui tinh chuyen 1 phan qua dat o de cat nha cho no, nghe noi phai dong tien su dung dat nhieu lam, ad cho tui hoi thu tuc chuyen muc dich su dung dat va tien dong tinh sao',
    'procedure',
  ],
  [
    'tháng sau tui đi xuất khẩu lao động bên Nhật, công ty môi giới bảo phải có lý lịch tư pháp số 2, tui ra xã hỏi thì xã nói hông làm cái đó phải lên sở tư pháp tỉnh, nhà tui cách tỉnh 60 cây, hông biết xin cái đó mất mấy ngày có làm online được hông cho khỏi đi',
    'procedure',
  ],
  [
    'me toi bi tai bien liet nua nguoi nam mot cho 3 nam nay, nha ngheo, co nguoi noi xin giay xac nhan khuyet tat thi duoc huong tro cap hang thang, toi muon biet thu tuc xac dinh muc do khuyet tat lam sao, co can dua me len tan noi khong vi me di lai kho lam',
    'procedure',
  ],
  [
    'tui mở cái quán cà phê nhỏ trong hẻm buổi sáng có bán thêm hủ tiếu, hôm trước đoàn kiểm tra ghé nói phải có giấy chứng nhận đủ điều kiện an toàn thực phẩm, tui bán mười mấy năm đâu có biết, giờ muốn xin cái giấy đó cho đàng hoàng thì cần chuẩn bị gì',
    'procedure',
  ],
  [
    'ba toi la cuu chien binh, mat nam 2019, ba co huan chuong khang chien hang ba ma hoi do gia dinh lo dam tang xong cung quen luon chuyen che do, nay nghe noi than nhan con duoc huong tro cap mot lan, vay ho so do can nhung gi va nop cho phong nao',
    'procedure',
  ],
  [
    'so do nha tui cat trong tu bi chuot can rach 1 goc, chu tren trang sau bi mo gan het, tui so sau nay ban dat hay the chap ngan hang ko duoc, nen muon xin cap doi so do moi, thu tuc sao phi bao nhieu dzậy ad',
    'procedure',
  ],
  [
    'tui là người Khmer ở Trà Vinh, hồi xưa cán bộ làm giấy khai sinh ghi sai tên tui thiếu mất một chữ, xài tới giờ cũng hông sao, mà nay con tui đi làm hồ sơ du học bị vướng vì tên cha trong khai sinh của nó khác với căn cước tui, muốn cải chính hộ tịch thì phải làm sao',
    'procedure',
  ],
  [
    'em dang o tro o khu cong nghiep lam cong nhan may, chu nha tro noi tu di dang ky tam tru di chu ong ko lam dum, em moi o duoc 2 thang, vay em tu di lam thi can mang giay gi, co lam tren dien thoai duoc ko vi em lam ca ko xin nghi duoc',
    'procedure',
  ],
  [
    'ông chú tui nuôi bò gần 60 con trên Cư Jút, chuồng trại đàng hoàng, nghe người ta nói có giấy chứng nhận kinh tế trang trại thì đi vay vốn ngân hàng dễ hơn, ổng hông biết xài điện thoại nên nhờ tui hỏi dùm làm giấy đó thì nộp ở huyện hay ở xã, hồ sơ ra sao',
    'procedure',
  ],
  [
    'em gai tui quen mot anh nguoi Han qua ban be gioi thieu, hai dua tinh thang 10 nay anh ay qua lam dam cuoi, tui la anh hai phai lo giay to cho no, tui muon hoi dang ky ket hon voi nguoi nuoc ngoai lam o dau, anh ay can mang giay gi tu ben Han qua',
    'procedure',
  ],
  [
    'tui đi đám giỗ bên vợ về làm rớt cái bóp, mất luôn giấy phép lái xe hạng A1 với mấy chục ngàn, tiền thì thôi chứ bằng lái mới là lo, giờ xin cấp lại bằng lái thì có phải thi lại hông, tui 58 tuổi rồi thi lý thuyết chắc rớt quá',
    'procedure',
  ],
  [
    'ba tui mat o benh vien Cho Ray hoi thang truoc, gia dinh dua ve que an tang roi ma lo chuyen dam ko ai nho di lam khai tu, thang em tui noi de lau bi phat, ko biet lam khai tu tre co bi phat khong va lam o dau, o noi mat hay noi ba thuong tru',
    'procedure',
  ],
  [
    'tui muốn nhận thằng cháu làm con nuôi vì ba mẹ nó mất trong vụ tai nạn hồi năm ngoái, nó mới 7 tuổi, ở với vợ chồng tui từ đó tới giờ thương như con ruột. Ông bà nội nó cũng đồng ý hết rồi, chỉ có giấy tờ là tui mù tịt, giờ làm sao để thành cha mẹ nuôi hợp pháp cho nó đi học khỏi bị hỏi tới hỏi lui',
    'procedure',
  ],
  [
    'tui tốt nghiệp dược sĩ đại học 3 năm rồi, đứng quầy cho nhà thuốc người ta, giờ muốn mở tiệm thuốc tây nhỏ ở quê mà chưa có chứng chỉ hành nghề dược, hỏi mấy người quen ai cũng nói lâu lắm, ad cho hỏi cấp chứng chỉ hành nghề dược cần những gì, nộp ở sở y tế phải hông',
    'procedure',
  ],
  [
    'tui chuan bi nop don xin vao lam cong ty o KCN ma ben nhan su ho doi giay xac nhan cu tru, truoc gio chi biet so ho khau thoi gio ho khau bo roi tui cung mu mit, xin cai giay xac nhan cu tru do o dau, lam mat bao lau',
    'procedure',
  ],
  [
    'chồng tui mất được 6 tháng vì bệnh, ổng có đóng bảo hiểm xã hội ở công ty 15 năm, tui nghe nói vợ con được hưởng trợ cấp tử tuất mà tui hông biết hồ sơ gồm những gì, nộp ở bảo hiểm huyện hay công ty cũ của ổng nộp dùm',
    'procedure',
  ],
  [
    'dạ tui ở Hải Lăng Quảng Trị, năm rồi lụt cuốn trôi hết giấy tờ trong nhà, giờ muốn xin trích lục khai sinh bản sao cho 3 đứa nhỏ đi học, không biết trích lục làm ở xã chỗ đăng ký khai sinh ban đầu hay ở mô cũng được, tốn bao nhiêu tiền một bản',
    'procedure',
  ],
  [
    'chung toi la 12 ho trong ap trong rau sach chung voi nhau may nam nay, truoc gio lam an tu phat, gio sieu thi doi phai co phap nhan moi cho ban vo, nen muon dang ky thanh lap hop tac xa cho dang hoang, thu tuc dang ky hop tac xa the nao',
    'procedure',
  ],
  [
    'toi dang chuan bi ho so thi cong chuc, phai nop ban sao chung thuc bang dai hoc voi giay khai sinh, toi muon hoi chung thuc ban sao thi ra UBND xa duoc khong hay phai ra phong cong chung, le phi moi trang bao nhieu vay',
    'procedure',
  ],
  [
    'thằng con tui 15 tuổi mà chưa làm căn cước, năm nay nó thi tuyển lớp 10 trường yêu cầu phải có, tui đi làm xa tuần về có 1 bữa, làm căn cước lần đầu cho con nít thì ba mẹ có cần đi theo hông, mang giấy gì theo',
    'procedure',
  ],
  [
    'tui co 1 thua dat 300m vuong o thi tran, muon tach ra lam 2 thua cho 2 dua con moi dua 1 phan cho tui no khoi gianh nhau sau nay, ma nghe noi phai du dien tich toi thieu gi do moi tach duoc, ad cho tui hoi thu tuc tach thua can giay to gi',
    'procedure',
  ],
  [
    'tôi là Việt kiều Mỹ về thăm quê, tính mua một căn hộ nhỏ đứng tên mình để mỗi năm về ở vài tháng, nghe nói người gốc Việt giờ được đứng tên sổ hồng, nhưng phải có giấy xác nhận gốc Việt Nam, tôi không rõ xin giấy đó ở đâu và cần những gì',
    'procedure',
  ],
  [
    'me tui gia yeu roi muon lam giay uy quyen cho tui di lam giay to dat dai thay me, ma me nam mot cho di lai khong duoc, nghe noi phai cong chung uy quyen, vay co moi can bo toi nha chung thuc duoc khong, thu tuc sao ad',
    'procedure',
  ],
  [
    'răng mà làm cái giấy tờ chi cũng rắc rối rứa, tui ở Hương Trà, ông nội mất để lại cái nhà mà sổ đỏ cũ ghi tên ôn với mệ, giờ mệ cũng mất rồi, mấy đứa con đi làm trong Nam hết chỉ còn tui ở nhà, con cháu muốn đăng ký biến động đứng tên lại thì phải chuẩn bị chi, nộp ở mô',
    'procedure',
  ],
  [
    'tui nop ho so cap doi so do hoi thang 2 o bo phan mot cua huyen, ma so 000.00.15.H02-240215-0043, ho hen 30 ngay ma gio qua 2 thang roi chua co, tui ra hoi thi ho noi dang cho ky roi bieu ve, tui muon coi thu ho so toi dau roi chu cho hoai',
    'dossier',
  ],
  [
    'Dạ em chào cán bộ, em nộp hồ sơ đăng ký hộ kinh doanh online hôm 12/3, mã hồ sơ em chụp lại là 000.00.21.H40-240312-0007, tới giờ em chưa nhận được tin gì hết, mặt bằng em thuê rồi đang phải trả tiền không, em muốn biết hồ sơ em xử lý tới bước nào rồi',
    'dossier',
  ],
  [
    'hồ sơ xin giấy phép xây dựng nhà tui nộp gần 1 tháng rồi, thợ hồ đang chờ khởi công ngày nào cũng gọi hỏi tui hoài, tui cũng hông biết trả lời sao, mã nè 000.00.08.H31-240401-0112, ad kiểm tra giùm tình trạng của nó với',
    'dossier',
  ],
  [
    'toi lam khai sinh cho con tren cong dich vu cong tu tuan truoc, he thong bao da tiep nhan roi im luon toi gio, ko biet da duyet chua de toi den lay ban giay, ma ho so 000.00.33.H56-240520-0219',
    'dossier',
  ],
  [
    'ba toi nop ho so huong tro cap nguoi cao tuoi o xa tu cuoi nam ngoai, xa noi chuyen len huyen roi, tui co giu cai phieu hen co so 000.23.45.H12-231120-0005, gio ba toi ngay nao cung hoi khi nao co tien. Ong nam nay 82 roi, sang nao cung ra dau ngo ngoi cho anh buu dien, tui nhin ma thuong, nho ad tra dum ho so toi dau',
    'dossier',
  ],
  [
    'hoi thang truoc tui co nop ho so chuyen muc dich su dung dat o huyen Chau Thanh, nguoi ta dua cai bien nhan ma tui de dau mat tieu roi, chi nho la nop ngay 5/4 dung ten tui Nguyen Van Ut, vay co kiem tra duoc ho so do cua tui toi dau chua khong',
    'dossier',
  ],
  [
    'em đang chờ kết quả phiếu lý lịch tư pháp để kịp bay qua Nhật, công ty bên đó giục quá trời, em nộp ở sở tư pháp từ đầu tháng, mã hồ sơ 000.00.09.H25-240603-0331, nhờ ad coi dùm đã có kết quả chưa ạ',
    'dossier',
  ],
  [
    'Ho so dang ky thuong tru cua vo tui, ma 000.00.17.H44-240110-0078, nop tu dau nam, cong an xa noi cho ben tren duyet, vo tui di lam ho so cho con di hoc ma bi ket cho nay hoai, cho tui hoi tinh trang ho so nay ra sao roi',
    'dossier',
  ],
  [
    'tui o Tuy Phong Binh Thuan, ho so thua ke dat cua me tui nop ben van phong dang ky dat dai, bien nhan ghi so 000.00.52.H09-240226-1024, tui di bien hoai it khi len huyen duoc nen hoi tren nay coi ho so toi dau roi',
    'dossier',
  ],
  [
    'hôm bữa tui đi nộp hồ sơ xin giấy chứng nhận an toàn thực phẩm cho quán, chị cán bộ nói 15 ngày làm việc, giờ gần 20 ngày rồi chưa thấy ai gọi, mã 000.00.26.H18-240415-0056, hồ sơ tui có bị thiếu gì hông hay còn đang xét',
    'dossier',
  ],
  [
    '000.00.42.H15-240509-0017 day la ma ho so cap lai can cuoc cua toi, nop tai cong an huyen, ho hen 7 ngay ma gio 3 tuan roi, toi can can cuoc de rut tien bao hiem ma ko co, coi giup toi no dang o dau voi',
    'dossier',
  ],
  [
    'chồng tui mất rồi, tui đi làm hồ sơ hưởng tử tuất cho 2 đứa nhỏ, người ta đưa giấy hẹn mà tui ít chữ đọc hông rành, mã trên giấy là 000.00.30.H61-240322-0009, tui muốn hỏi coi hồ sơ đó xong chưa để tui lên lãnh',
    'dossier',
  ],
  [
    'cho e hoi ho so e nop hom thu 2 tuan truoc, thu tuc cap ban sao van bang tu so goc, ma 000.00.14.H03-240617-0140, e can gap de nop ho so du tuyen vien chuc han chot cuoi thang, ko biet da duoc ky chua',
    'dossier',
  ],
  [
    'tui nop ho so tach thua dat tu thang 11 nam ngoai ma toi bay gio van chua xong, moi lan len hoi la "dang trinh lanh dao", tui that su met moi lam roi. Ba lan xin nghi lam di len huyen, moi lan mat nua ngay cong, thang con cho dat ma chua tach duoc thi ko xay nha duoc, ma ho so la 000.00.05.H20-231108-0321, tra dum tui coi no dang nam o cho nao',
    'dossier',
  ],
  [
    'ho so thanh lap cong ty cua tui ma so 000.00.18.H27-240702-0003, nop tren cong dich vu cong ngay 2/7, hom qua nhan email yeu cau bo sung ma tui bo sung ngay trong dem roi, gio hong biet da duoc chap nhan chua hay con thieu gi',
    'dossier',
  ],
  [
    'dạ cho con hỏi hồ sơ con nộp ở trung tâm hành chính công tỉnh tuần rồi, con ở tận Mường Lay đi xuống một lần mất trọn ngày, không muốn đi lại nữa, mã hồ sơ là 000.00.62.H01-240725-0088, giờ hồ sơ sao rồi ạ',
    'dossier',
  ],
  [
    'toi la chu ho o khom 4, toi co nop ho so dang ky ho kinh doanh cho con gai toi, ma 000.12.40.H15-240118-0022, cai nay lau qua roi, con toi muon khai truong tiem ma ko co giay, ad xem no bi ket cho nao',
    'dossier',
  ],
  [
    'hồ sơ cải chính hộ tịch cho ông nội tui nộp ở phòng tư pháp huyện, mã 000.00.11.H34-240304-0119, tui gọi điện số trên giấy hẹn hoài ko ai bắt máy, ko biết hồ sơ đã giải quyết chưa hay bị trả về rồi',
    'dossier',
  ],
  [
    'nguoi ta noi co the tra cuu ho so tren zalo nen tui hoi thu coi, ma cua tui 000.00.27.H51-240801-0201, ho so dang ky ket hon voi nguoi nuoc ngoai cua em gai tui, tinh hinh sao roi ad',
    'dossier',
  ],
  [
    'Em hỏi hồ sơ xin chứng chỉ hành nghề dược của em đến đâu rồi ạ, nộp ở Sở Y tế từ tháng 5, mã 000.00.35.H10-240514-0410, em đã nghỉ chỗ làm cũ để chuẩn bị mở tiệm mà giờ chưa có chứng chỉ, lo quá ngủ không được',
    'dossier',
  ],
  [
    'ong noi tui la thuong binh, nop ho so dieu chinh tro cap hoi gan Tet, bien nhan so 000.08.19.H22-240202-0017, ong cu hoi hoai ma chau ko biet tra loi sao, nho ad xem dum ho so nay dang xu ly toi dau',
    'dossier',
  ],
  [
    'tui có nộp hồ sơ sang tên xe ở công an xã, họ hẹn 5 ngày mà giờ lâu lắm rồi, mã hồ sơ 000.00.44.H06-240611-0064, giấy hẹn bị ướt mưa nhòe mấy số cuối mong là tui đọc đúng, ad tra thử coi tới đâu',
    'dossier',
  ],
  [
    'hồ sơ cấp đổi giấy phép lái xe của tui nộp online, mã 000.00.16.H37-240709-0500, tui vô trang web thấy hiện chữ "đang xử lý" hoài cả tháng nay hông nhúc nhích, hông biết có vấn đề gì hông',
    'dossier',
  ],
  [
    'hồi tháng 1 tui đi nộp hồ sơ xác định mức độ khuyết tật cho thằng con, người ta nói chờ hội đồng họp, tui chờ tới giờ 5 tháng rồi, thằng nhỏ cần tiền thuốc, mã 000.31.18.H29-240109-0002, coi dùm tui tới đâu rồi',
    'dossier',
  ],
  [
    'ma so ho so 000.00.07.H48-240820-0015 cua toi la xin cap giay xac nhan tinh trang hon nhan, thang sau toi cuoi vo ma ben nha gai hoi hoai, co ket qua chua vay',
    'dossier',
  ],
  [
    'e chao ad, e la nguoi dai dien to hop tac rau sach, ho so dang ky hop tac xa nop ngay 10/6 ma 000.00.39.H55-240610-0033, ko biet co phai bo sung gi ko hay duoc duyet roi, xin ad kiem tra tinh trang',
    'dossier',
  ],
  [
    'tui len xa nop ho so khai tu cho ba tui tu tuan truoc, nguoi ta noi vai ngay la co trich luc ma gio chua thay goi, ma tren phieu la 000.19.22.H57-240905-0008, tui can gap de con lam thu tuc thua ke',
    'dossier',
  ],
  [
    'ông chú tui nhờ tui hỏi dùm hồ sơ chứng nhận kinh tế trang trại của ổng, mã số 000.00.23.H63-240312-0071, ổng ở trên rẫy sóng điện thoại chập chờn nên tui hỏi thế, coi dùm đã có kết quả chưa',
    'dossier',
  ],
  [
    'Con nộp hồ sơ xin cấp sổ đỏ lần đầu cho mảnh đất ông bà để lại, mã 000.00.29.H17-230915-0199, từ năm ngoái tới giờ gần 1 năm, cán bộ địa chính xã đổi mấy người rồi. Mỗi người tiếp nhận nói một kiểu, người nói thiếu bản vẽ người nói đủ rồi chờ đi, con không biết hồ sơ con giờ còn nằm ở đâu nữa, nhờ tra giúp',
    'dossier',
  ],
  [
    'toi nop ho so chung thuc ban sao dien tu xong thi man hinh bao loi roi thoat ra, ma ho so hien la 000.00.13.H45-241002-0006, khong biet ho so co duoc tiep nhan khong hay phai nop lai tu dau',
    'dossier',
  ],
  [
    'mấy năm nay tui nộp đủ thứ hồ sơ, nào là đất đai, nào là giấy tờ cho con, giấy hẹn thì vợ tui cất đâu mất hết, giờ muốn coi lại hết các hồ sơ tui đã nộp coi có cái nào còn chưa xong, số đt tui 0913 456 782',
    'my_dossiers',
  ],
  [
    'tui nop ho so tren cong dich vu cong may lan roi ma quen het ma so, luc do ko nghi toi chuyen luu lai, co cach nao coi het ho so cua tui khong, sdt dang ky la 0987654321',
    'my_dossiers',
  ],
  [
    'dạ em lo giấy tờ cho cả nhà, nộp cho ba, cho mẹ, cho em mình, mỗi hồ sơ một mã mà em ghi trong cuốn sổ rồi làm mất cuốn sổ luôn, giờ em muốn xem danh sách toàn bộ hồ sơ em đã nộp',
    'my_dossiers',
  ],
  [
    'ong ba gia roi nho tui nop ho so dum, ma tui nop bang so dien thoai cua tui 0356 112 908, gio ko nho ma nao la cua ong ma nao la cua ba, cho tui coi lai tat ca ho so da nop bang so nay',
    'my_dossiers',
  ],
  [
    'tui hông có giữ mã hồ sơ gì hết, hồi đó nộp ở một cửa chỉ nhớ là có đọc số điện thoại 0909 118 227 cho chị cán bộ ghi vô, vậy có coi được mấy cái hồ sơ của tui bằng số đó hông',
    'my_dossiers',
  ],
  [
    'Năm ngoái tới giờ tui có nộp 3 hay 4 cái hồ sơ gì đó, đất đai có hộ tịch có, mà tui già rồi quên trước quên sau, con tui nói vô zalo này coi được hết, vậy coi cho tui hết mấy hồ sơ của tui với',
    'my_dossiers',
  ],
  [
    'dien thoai cu cua toi bi roi xuong nuoc hu mat het tin nhan, trong do co tin nhan ma ho so, gio toi xai may moi nhung van so cu 0775 330 114, muon coi lai danh sach cac ho so toi da nop',
    'my_dossiers',
  ],
  [
    'chồng tui hồi trước lo hết giấy tờ trong nhà, ổng mất rồi tui mới phải đụng tới, mở tủ ra thấy giấy tờ lung tung chả hiểu cái nào ra cái nào, tui nhớ mang máng có nộp mấy lần bằng số điện thoại của tui, giờ tui muốn biết tui có những hồ sơ nào đang còn nằm đâu đó chưa lấy kết quả',
    'my_dossiers',
  ],
  [
    'cho tui xem het ho so cua tui nha ad, tui lam mat may cai giay hen roi, nho la co nop o huyen voi o tinh nua, sdt 0868 224 590',
    'my_dossiers',
  ],
  [
    'mình có nộp hồ sơ bằng tài khoản định danh, thấy trên zalo có chỗ xem hồ sơ nên mình muốn liệt kê ra hết các hồ sơ đã nộp từ đầu năm tới giờ để kiểm tra lại một lượt',
    'my_dossiers',
  ],
  [
    'tui hông biết chữ nhiều, thằng cháu nó nộp dùm tui mấy hồ sơ rồi nó đi làm bên Đài Loan, giờ tui hông biết mã gì hết, muốn coi mấy hồ sơ đó giờ ra sao, số điện thoại tui 0834 771 029',
    'my_dossiers',
  ],
  [
    'ad oi lam sao de coi duoc tat ca cac ho so minh da nop dzay, minh lam giay to nhieu qua ma ko nho noi cai nao',
    'my_dossiers',
  ],
  [
    'hôm nay tui mới dọn tủ thấy mấy tờ biên nhận mà nhòe hết chữ, đọc hông ra số nào, vậy có cách nào hiện ra hết những hồ sơ tui đứng tên nộp hông, số tui là 0945 607 318',
    'my_dossiers',
  ],
  [
    'hồ sơ sổ đỏ của tui 000.00.15.H02-240115-0201 chờ lâu quá, tui cứ phải lên hỏi hoài mà nhà cách huyện hơn 20 cây số, có cách nào khi nào có kết quả thì nhắn cho tui biết trên zalo này hông',
    'dossier_follow',
  ],
  [
    'toi dang cho ho so khai sinh cho con, ma 000.00.33.H56-240911-0120, ma toi lam ca suot ko co thoi gian vao xem hoai, khi nao ho so doi trang thai thi bao toi 1 tieng nha',
    'dossier_follow',
  ],
  [
    'dạ em nộp hồ sơ lý lịch tư pháp rồi, mã 000.00.09.H25-240918-0077, em muốn đăng ký nhận thông báo để khi có kết quả em lên lấy liền chứ cuối tháng em bay rồi',
    'dossier_follow',
  ],
  [
    'ho so cua ong noi tui cham qua, tui hoi tren nay 2 lan roi, ma 000.08.19.H22-240202-0017, gio tui muon moi lan ho so chuyen buoc gi thi zalo tu bao ve cho tui, lam duoc ko ad',
    'dossier_follow',
  ],
  [
    'tui đi biển cả tuần mới vô bờ một lần, hồ sơ thừa kế 000.00.52.H09-240226-1024 thì hông biết chừng nào xong. Trên biển sóng điện thoại lúc có lúc không, tui cũng không thể ngày nào cũng vô đây hỏi, vậy khi nào có kết quả nhắn tui một tiếng để vô bờ là tui chạy lên lấy liền',
    'dossier_follow',
  ],
  [
    'minh muon theo doi ho so dang ky kinh doanh 000.00.21.H40-240312-0007, co gi moi thi bao minh nha, minh ban hang ko rinh dien thoai duoc',
    'dossier_follow',
  ],
  [
    'Tui hỏi hồ sơ xin phép xây dựng rồi, bên đây nói đang chờ thẩm định, thôi tui hông hỏi nữa, khi nào xong thì báo tui biết qua tin nhắn được hông, mã là 000.00.08.H31-240401-0112',
    'dossier_follow',
  ],
  [
    'ho so tro cap khuyet tat cho con tui ma 000.31.18.H29-240109-0002, tui ko biet chu may de vo hoi hoai, nho ad cai dat sao cho co ket qua thi tu dong bao ve cho tui',
    'dossier_follow',
  ],
  [
    'em mới nộp hồ sơ thành lập công ty xong, mã 000.00.18.H27-241003-0015, nghe bạn nói trên zalo có chức năng theo dõi hồ sơ, em muốn bật cái đó để có gì nó báo em',
    'dossier_follow',
  ],
  [
    'tui co 2 ho so dang cho, cai quan trong nhat la 000.00.44.H06-240611-0064, tui muon dang ky nhan tin khi ho so nay co ket qua, con cai kia de tu tu',
    'dossier_follow',
  ],
  [
    'hồ sơ trợ cấp của má tui mã 000.23.45.H12-231120-0005, má tui ngày nào cũng hỏi, mà tui đi làm ở xưởng cả ngày không cầm điện thoại được, tui muốn khi nào hồ sơ có gì thay đổi thì báo luôn cho tui để tui nói má yên tâm',
    'dossier_follow',
  ],
  [
    'nho ad dang ky cho toi nhan thong bao ho so 000.00.07.H48-240820-0015 voi, toi sap ve que lo dam cuoi, ko co thoi gian len mang coi',
    'dossier_follow',
  ],
  [
    'hôm qua tui có hỏi hồ sơ cải chính hộ tịch rồi, bên này nói đang xử lý, giờ tui hông muốn ngày nào cũng vô hỏi nữa, cứ có kết quả thì nhắn về zalo tui, mã 000.00.11.H34-240304-0119',
    'dossier_follow',
  ],
  [
    'em ở tỉnh xa đi làm công nhân dưới Bình Dương, hồ sơ đăng ký thường trú em nộp qua mạng mã 000.00.17.H44-240930-0142, có gì mới thì cho em nhận thông báo nha ad, em cảm ơn nhiều',
    'dossier_follow',
  ],
  [
    'ho so 000.00.15.H02-240115-0201 cua tui co so roi, tui len lay ve cat roi, ma zalo van nhan tin hoai, cho tui ngung theo doi ho so nay',
    'dossier_unfollow',
  ],
  [
    'dạ hồ sơ đăng ký kinh doanh của em xong rồi, em cảm ơn mấy anh chị nhiều, giờ em không cần nhận thông báo về hồ sơ đó nữa, tắt giúp em nha',
    'dossier_unfollow',
  ],
  [
    'tui dang ky nhan tin ho so cua ong hang xom dum ong vi ong ko xai zalo, gio ong co thang con ve lo roi, tui ko muon nhan thong bao ho so 000.08.19.H22-240202-0017 nua',
    'dossier_unfollow',
  ],
  [
    'cái hồ sơ cấp phép xây dựng đó tui rút về rồi, hông làm nữa vì hết tiền, nên thôi đừng báo cho tui về hồ sơ đó nữa',
    'dossier_unfollow',
  ],
  [
    'dien thoai tui ngay nao cung ting ting bao ho so 000.00.33.H56-240911-0120, ma con tui lam khai sinh xong tu tuan truoc roi, huy theo doi cai nay dum',
    'dossier_unfollow',
  ],
  [
    'tui đi nước ngoài rồi, hồ sơ lý lịch tư pháp em gái tui đã lấy dùm, không cần theo dõi hồ sơ đó nữa đâu ad ơi, bỏ theo dõi giúp tui',
    'dossier_unfollow',
  ],
  ['cho toi bo theo doi ho so 000.00.44.H06-240611-0064 nha, xe toi sang ten xong xuoi roi', 'dossier_unfollow'],
  [
    'hồi trước tui có bấm theo dõi mấy hồ sơ mà giờ quên mất là cái nào, tui muốn coi tui đang theo dõi những hồ sơ nào',
    'follows',
  ],
  [
    'tui nhan duoc thong bao ho so hoai ma ko nho minh da dang ky theo doi nhung cai nao, cho tui xem danh sach ho so dang theo doi',
    'follows',
  ],
  [
    'con tui cài cho tui theo dõi hồ sơ rồi nó đi học lại trên thành phố, tui hông biết nó cài cho tui theo dõi mấy cái, coi dùm tui với',
    'follows',
  ],
  [
    'em có đăng ký nhận thông báo cho hồ sơ của ba với của em, giờ muốn kiểm tra lại coi mình đang theo dõi những hồ sơ nào để còn bỏ bớt cái đã xong',
    'follows',
  ],
  [
    'ad cho minh xem minh dang theo doi bao nhieu ho so voi, minh lam dich vu giay to nen bam theo doi nhieu qua roi roi',
    'follows',
  ],
  [
    'hôm trước tui có nhờ zalo báo cho tui khi hồ sơ xong, mà tui hông nhớ là đăng ký cho hồ sơ đất hay hồ sơ của thằng con, liệt kê giùm tui mấy hồ sơ tui đang theo dõi',
    'follows',
  ],
  [
    'tui sắp cho một công ty thuê mặt bằng 5 năm, họ đưa mã số thuế 0312345678, tui sợ bị lừa giống nhà bên cạnh hồi năm ngoái. Nhà bên đó cho thuê được 3 tháng thì công ty bỏ trốn nợ tiền điện nước cả chục triệu, nên tui muốn kiểm tra coi công ty này còn hoạt động hông, ai là người đại diện',
    'business',
  ],
  [
    'co cong ty xay dung toi nha bao gia rat re, danh thiep ghi Cong ty TNHH Xay dung Phu Thinh, re qua tui thay nghi, tui muon biet cong ty nay co dang ky that khong, tru so o dau',
    'business',
  ],
  [
    'con tui xin vô làm công ty may ở khu công nghiệp, nó đưa tui cái tên Công ty CP May Hòa Bình, tui nghe nói mấy chỗ tuyển người rồi lừa thu tiền, cho tui tra coi công ty này có đăng ký thiệt hông',
    'business',
  ],
  [
    'mst 1801234567 la cua ho kinh doanh ban phan bon cho tui, ban phan gia roi bo di dau mat, tui muon biet ho nay dang ky o dau, chu ho ten gi de tui tim',
    'business',
  ],
  [
    'tui mua cái máy lọc nước của công ty có mã số thuế 0108976543, giao hàng rồi mà gọi bảo hành hông ai bắt máy, tui muốn tra coi công ty đó còn hoạt động hay đã giải thể rồi',
    'business',
  ],
  [
    'co mot doi tac o tinh ben muon thu mua lua cua hop tac xa tui, ho gui ma so thue 1501122334, truoc khi ky hop dong tui muon kiem tra thong tin doanh nghiep nay, nguoi dai dien phap luat la ai',
    'business',
  ],
  [
    'dạ em làm kế toán mới vào công ty, sếp nhờ em kiểm tra nhà cung cấp có MST 0401567890 có đang hoạt động bình thường hay bị đóng mã số thuế rồi, em tra ở đây được không ạ',
    'business',
  ],
  [
    'tui tính mua mấy chỉ vàng ở tiệm mới mở đầu chợ, bảng ghi Doanh nghiệp tư nhân Kim Hưng, người ta đồn tiệm đó làm chui, tui muốn tra coi có đăng ký kinh doanh hông rồi mới dám mua',
    'business',
  ],
  [
    'ong chu cu cua tui no luong 3 thang roi bien mat, cong ty ten la Cong ty TNHH Thuong mai Dich vu Tan Loc, tui muon biet dia chi tru so chinh cua cong ty va ten nguoi dai dien',
    'business',
  ],
  [
    'tui đang tính mua lại một cái quán ăn sang nhượng, chủ quán nói có đăng ký hộ kinh doanh mã số thuế 2700345612, tui muốn coi hộ kinh doanh đó đứng tên ai, còn hoạt động hông cho chắc ăn',
    'business',
  ],
  [
    'co cong ty moi toi lam dai ly son ten Dai Phat, doi dat coc 50 trieu, toi muon tra ma so thue va tinh trang hoat dong cua ho truoc khi dua tien',
    'business',
  ],
  [
    'em nhận được hoá đơn đầu vào có MST 0316677889 mà tên công ty ghi trên đó em thấy lạ hoắc, em muốn tra mã số thuế này là của công ty nào, địa chỉ ở đâu',
    'business',
  ],
  [
    'duong lien ap 4 xa Hoa Loi xe ben cho cat chay ngay dem nat het ra, o ga to nhu cai thau, tuan truoc thang chau tui di hoc ve te xe tray het dau goi, ba con than hoai ma ko thay ai sua',
    'feedback',
  ],
  [
    'tối nào cũng vậy từ 10 giờ tới 2 giờ sáng quán karaoke đầu hẻm 45 mở nhạc ầm ầm, má tui bị cao huyết áp mất ngủ cả tháng nay, tui qua nói thì họ chửi lại. Tui có gọi công an khu vực 1 lần, họ tới nhắc xong về thì đâu lại vào đó, nhà tui có đứa nhỏ sắp thi lớp 10 học hông nổi, mong chính quyền xuống giải quyết giùm',
    'feedback',
  ],
  [
    'bai rac tu phat canh cho Long Thanh cu chieu chieu la nguoi ta do rac, ruoi bu, boc mui hoi thoi, nha tui ban do an sat ben ma ko ai toi don, tui de nghi cho xe thu gom toi lay va cam do',
    'feedback',
  ],
  [
    'đèn đường đoạn từ cầu Ông Cộ tới ngã ba chợ tắt cả tháng nay, tối đen thui, hôm bữa có vụ giật điện thoại ngay đó, người dân tụi tui đề nghị cho sửa đèn lại',
    'feedback',
  ],
  [
    'tui lên xã xin giấy xác nhận cư trú, anh cán bộ ngồi bấm điện thoại hoài, tui đứng chờ 40 phút ổng mới ngước lên, còn nói tui sao hông chuẩn bị trước, thái độ vậy người dân sợ lắm, tui muốn phản ánh',
    'feedback',
  ],
  [
    'cu mua xuong la nuoc ngap toi dau goi o khu dan cu Phu My, cong thoat nuoc bi bit tu khi cong trinh ke ben lap mat bang, nha tui ngap 3 lan roi do dac hu het. Tui co len phuong noi roi, phuong noi da bao cong trinh ma 3 thang roi cong van bit, con nit loi nuoc di hoc de bi benh, mong chinh quyen xem xet khai thong cong gap',
    'feedback',
  ],
  [
    'nha may che bien ca o cum cong nghiep thai nuoc ra kenh, nuoc den thui, ca chet noi trang, ba con nuoi tom thiet hai nang, tui da noi voi ap truong ma ko thay gi, tui bao len tinh',
    'feedback',
  ],
  [
    'hồi sáng đi ngang cây cầu khỉ ở ấp Tân Hòa thấy mấy thanh ván gãy rồi, con nít đi học ngày nào cũng đi qua, tui sợ có chuyện lắm, xin xã cho người ra sửa gấp',
    'feedback',
  ],
  [
    'cong truong khu do thi o duong Nguyen Van Linh chay may tu 5 gio sang den 11 gio dem, bui mit mu, xe tai chay lan dat ra duong tron trot, nguoi dan khong chiu noi nua',
    'feedback',
  ],
  [
    'tui nop ho so o mot cua huyen, chi can bo biem tui la "ho so the nay ma cung nop", roi bat tui ve bo sung 3 lan, moi lan noi 1 kieu, tui muon ghi lai cho tinh biet ma chan chinh',
    'feedback',
  ],
  [
    'Cây dầu lớn trước trường tiểu học Bình An bị mục gốc nghiêng ra đường, gió mạnh là lắc dữ lắm, tui sợ ngã trúng tụi nhỏ, đề nghị cho người tới cắt tỉa hoặc đốn bỏ',
    'feedback',
  ],
  [
    'o xom tui co ong nuoi heo ngay trong khu dan cu, nuoc thai chay ra muong truoc nha nguoi ta, mui hoi kinh khung, tui di noi may lan khong duoc, mong xa xu ly',
    'feedback',
  ],
  [
    'Tui chạy xe ôm, đoạn quốc lộ qua thị trấn có cái biển báo một chiều bị tàn cây che khuất, mấy lần xe lạ chạy ngược chiều suýt đụng, đề nghị dời biển hoặc cắt cây',
    'feedback',
  ],
  [
    'toi de nghi tinh mo them diem tiep nhan ho so o xa bien vi moi lan nop ho so phai di do qua song roi chay them 30km, nguoi gia nhu ba toi di khong noi',
    'feedback',
  ],
  [
    'Ở khu phố 6 phường An Lạc có người lấn chiếm vỉa hè dựng mái tôn bán cà phê ra tới lòng đường, người đi bộ phải đi xuống đường xe chạy, tụi tui kiến nghị phường ra dẹp',
    'feedback',
  ],
  [
    'hom qua toi dua con di tiem ngua o tram y te xa, ba y ta quat con toi con noi "ko biet giu con ha", toi thay thai do vay ko duoc, toi muon gui phan anh',
    'feedback',
  ],
  [
    'cái ống nước máy ngay ngã tư chợ Đông bể 3 ngày rồi nước phun lên mặt đường, phí nước quá mà gọi công ty cấp nước hông ai tới, tui báo lên đây coi có ai giải quyết',
    'feedback',
  ],
  [
    'tui o to 12 khu pho 3, cai xuong tai che ve chai cu dem la dot rac nhua khoi den ngot, con tui bi ho hoai, de nghi kiem tra cai xuong do',
    'feedback',
  ],
  [
    'xe ben chở đất chạy qua cầu sắt xã Phú Hữu mà cầu chỉ có tải trọng 5 tấn, tui thấy cầu rung dữ lắm, báo cho chính quyền biết trước khi sập',
    'feedback',
  ],
  [
    'Tui đề nghị tỉnh xem xét lại giờ làm việc của bộ phận một cửa, mở 7 giờ 30 đóng 4 giờ 30, người đi làm công ty như tui không có cách nào đi nộp, xin mở thêm sáng thứ bảy',
    'feedback',
  ],
  [
    'cot dien truoc nha so 27 duong Le Loi nghieng gan 30 do, day dien vong xuong thap, xe tai di qua qua sat, tui goi dien luc roi ma chua ai toi, so lam',
    'feedback',
  ],
  [
    'tui nuôi vịt gần bờ kè, bờ kè đoạn ấp Bình Thạnh sạt lở ăn vô gần 2 mét rồi, mùa nước tới là lở nữa, nhà cửa bà con sát mé sông nguy hiểm lắm, xin tỉnh có biện pháp',
    'feedback',
  ],
  [
    'tui lam ho so tro cap cho me tui ma can bo xa doi "tien boi duong" 500 nghin moi lam nhanh, tui khong dua, ho so bi ngam may thang. Me tui 80 tuoi roi song nho tien do, may nguoi khac trong xom cung bi vay ma ko ai dam noi, tui muon to cao viec nay',
    'feedback',
  ],
  [
    'khu chung cư tụi tui có mấy chiếc xe tải đậu dọc đường ban đêm không đèn, hôm qua có đứa nhỏ chạy xe đạp đâm vô, đề nghị có biển cấm đậu',
    'feedback',
  ],
  [
    'ba con ap Thanh Tri xin duoc keo dien luoi quoc gia, 12 ho tui con xai dien cau nho tu nha khac gia cao ma nguy hiem, kien nghi may lan roi ma chua co',
    'feedback',
  ],
  [
    'chó thả rông trong khu phố nhiều quá, tuần trước con tui bị chó cắn phải đi chích ngừa dại, chủ chó thì chối, mong phường có biện pháp quản lý chó thả rông',
    'feedback',
  ],
  [
    'trang dich vu cong cua tinh toi vao nop ho so cu bi loi dang nhap, 3 ngay roi ko vao duoc, tui phai chay ra huyen, mong sua lai cho dan',
    'feedback',
  ],
  [
    'chợ xã Mỹ Long mái dột tứ tung, mưa là bà con bán cá ướt hết, tiền ban quản lý chợ thu hàng tháng đều đều mà không sửa, tui kiến nghị sửa mái chợ',
    'feedback',
  ],
  [
    'trong hem 88 co nguoi ban ma tuy cong khai, dem nao cung co thanh nien la toi ra vao, ba con so lam nhung ko dam noi ten, tui bao cho chinh quyen biet',
    'feedback',
  ],
  [
    'tui đi làm căn cước ở công an huyện, xếp hàng từ 6 giờ sáng mà tới 11 giờ chưa tới lượt, trong khi có người quen vô sau mà làm trước, vậy là không công bằng',
    'feedback',
  ],
  [
    'con duong dat vao ap Soc Ruong mua mua lay loi, xe may khong chay duoc, hoc sinh phai loi bun di hoc, ba con san sang gop cong, xin nha nuoc ho tro xi mang lam duong',
    'feedback',
  ],
  [
    'Tui ở gần trường THCS Tân Phong, giờ tan trường xe đưa đón đậu tràn ra quốc lộ kẹt cứng, có lần suýt tai nạn, tui đề nghị bố trí người phân luồng hoặc vạch chỗ đậu',
    'feedback',
  ],
  [
    'nha tui bi mat nuoc 1 tuan nay ma ko co thong bao gi, hoi hang xom cung vay, ca khu pho 5 ko co nuoc sinh hoat, phai mua nuoc binh, mong chinh quyen lam viec voi cong ty nuoc',
    'feedback',
  ],
  [
    'tui thay cong vien phuong 4 do choi tre em gay rach het, sat ri set, cau truot bi bung 1 mieng sat nhon, con nit choi de bi thuong, de nghi thay moi',
    'feedback',
  ],
  [
    'ông cán bộ địa chính xã đo đất cho nhà tui đo sai ranh mà nhất quyết không đo lại, còn nói muốn đo lại thì "lo" đi, tui thấy vậy là tiêu cực. Nhà tui làm ruộng chứ tiền đâu mà lo, ranh đất lệch qua gần 1 mét bên nhà hàng xóm, mấy chục năm nay đâu có tranh chấp gì, giờ vì đo sai mà hai nhà mất lòng nhau, tui phản ánh lên tỉnh',
    'feedback',
  ],
  [
    'hồi tháng trước tui có gửi phản ánh vụ quán karaoke đầu hẻm hát tới 2 giờ sáng, bên này cho tui cái số PA-2024-08812 nói sẽ chuyển phường xử lý, vậy mà tới nay hông thấy ai xuống, tối qua tụi nó còn hát lớn hơn, má tui mệt muốn xỉu, tui muốn biết cái phản ánh đó giờ xử lý tới đâu rồi',
    'feedback_ticket',
  ],
  [
    'tui gui kien nghi ve con duong dat lay loi vo ap Soc Ruong hoi dau mua, co ma so phan anh 24031577 tui chep vo tay luon, ba con trong ap ai gap tui cung hoi co tin gi chua, tui ko biet tra loi sao, cho tui biet tinh tra loi cai kien nghi do chua',
    'feedback_ticket',
  ],
  [
    'phản ánh số 2024-PA-1145 về bãi rác chợ Long Thạnh tui gửi từ đầu tháng, hôm qua thấy có xe tới xúc một chút rồi chiều người ta đổ lại đâu hoàn đó, tui không biết vậy là xong hay chưa, tui muốn coi kết quả trả lời chính thức của phản ánh này',
    'feedback_ticket',
  ],
  [
    'dạ em có gửi phản ánh về thái độ của chị cán bộ một cửa huyện hôm em đi nộp hồ sơ, mã phiếu là PA0099231, đã 3 tuần mà chưa có ai liên hệ em hết, em muốn biết phản ánh đó đã được xác minh chưa hay bị bỏ qua',
    'feedback_ticket',
  ],
  [
    'cai phan anh den duong tat doan cau Ong Co tui gui hom 3/9, ma so 0003456, toi nay di ngang van toi thui, tui nghi chac ko ai doc, ad coi giup phan anh do toi tay ai chua, dang o buoc nao',
    'feedback_ticket',
  ],
  [
    'tôi có kiến nghị mở thêm điểm tiếp nhận hồ sơ ở xã biển cho bà con đỡ đi xa, số tiếp nhận KN-24-00317, tính tới nay đã 2 tháng, tôi muốn biết kiến nghị của tôi giao cho cơ quan nào xử lý và khi nào có trả lời',
    'feedback_ticket',
  ],
  [
    've vu nha may xa nuoc thai ra kenh lam ca chet, tui phan anh roi co duoc cap so 1122-PA, tuan roi tui thay co doan xuong lay mau nuoc roi ve, tu do toi gio im luon ma ca van chet, cho tui coi tinh trang xu ly phan anh do',
    'feedback_ticket',
  ],
  [
    'tui gửi phản ánh vụ cột điện nghiêng trước nhà số 27 rồi, mã số 24PA7781, tuần rồi có người tới chụp mấy tấm hình rồi về luôn, cột vẫn nghiêng y vậy, tui muốn biết phản ánh của tui đã giải quyết xong chưa hay còn đang chờ',
    'feedback_ticket',
  ],
  [
    'e co gui phan anh ve trang dich vu cong bi loi dang nhap tu thu 2, he thong tra ve ticket 560912, hom nay thu 6 roi van loi y chang, e can nop ho so gap, ko biet ben ky thuat da nhan phan anh cua e chua',
    'feedback_ticket',
  ],
  [
    'cái phản ánh tố cán bộ xã đòi tiền bồi dưỡng mới làm hồ sơ cho má tui, mã PA-2024-10077, gửi xong tui lo muốn chết vì sợ bị trù dập, nay nghe đồn có đoàn về xã mà không biết có phải vụ của tui hông, cho tui hỏi phản ánh đó tới đâu rồi',
    'feedback_ticket',
  ],
  [
    'thang truoc toi co nhan tin phan anh ve cay dau muc goc nghieng truoc truong tieu hoc, he thong gui lai cho toi ma 77120, toi nay mua gio cay lac du lam ma van chua ai cat, tui hoi lai tinh hinh phan anh nay ra sao',
    'feedback_ticket',
  ],
  [
    'Tui muốn coi câu trả lời cho phản ánh số 2024/0815 về vụ ngập nước khu dân cư Phú Mỹ, ông tổ trưởng nói đã có văn bản trả lời gửi về rồi mà tui tìm hoài không thấy, ad gửi lại nội dung trả lời cho tui đọc với',
    'feedback_ticket',
  ],
  [
    'tu dau nam toi gio tui phan anh tren nay chac 4 5 lan roi, duong sa co, rac co, den duong co, ma cai nao tui cung ko giu ma, gio tui muon coi lai het danh sach cac phan anh tui da gui coi cai nao xong cai nao chua',
    'my_feedback',
  ],
  [
    'tui gửi phản ánh nhiều lần rồi, lần thì chuyện cống, lần thì chuyện chó thả rông, mà hông nhớ mã số cái nào với cái nào, thôi cho tui xem lại tất cả phản ánh của tui cho dễ',
    'my_feedback',
  ],
  [
    'dạ con nhớ có gửi mấy cái kiến nghị lên tỉnh hồi năm rồi, một cái về đường, một cái về kéo điện, hình như còn một cái nữa mà con quên, xem giúp con danh sách những phản ánh con đã gửi',
    'my_feedback',
  ],
  [
    'ba toi nho toi gui phan anh dum tren zalo nay may lan, ong hay doc de toi go, gio ba hoi lai toi da gui nhung gi ma toi cung quen, co cho nao coi lai het cac phan anh cua minh khong',
    'my_feedback',
  ],
  [
    'tui là tổ trưởng tổ dân phố 7, thay mặt bà con gửi phản ánh lên đây hoài, nào ngập, nào rác, nào lấn chiếm, giờ cuối năm phải tổng hợp báo cáo cho phường nên muốn xem lại hết mấy phản ánh tui đã gửi',
    'my_feedback',
  ],
  [
    'ad cho minh xem lich su phan anh cua minh nha, minh nho la gui nhieu lan lam ma ko biet bao nhieu cai, muon coi lai tu dau',
    'my_feedback',
  ],
  [
    'điện thoại tui bị thằng con bấm xóa hết tin nhắn, mất luôn mấy cái mã phản ánh, tui hông nhớ số nào hết, có cách nào coi lại những phản ánh tui đã gửi hông',
    'my_feedback',
  ],
  [
    'toi muon kiem tra lai toan bo danh sach kien nghi toi da gui len tinh tu nam ngoai toi gio, coi cai nao da co tra loi cai nao chua, toi dinh gui them ma so bi trung',
    'my_feedback',
  ],
  [
    'năm rồi cúp điện hông báo trước nguyên ngày, tủ đông hư hết đồ ăn tui trữ để bán Tết, lỗ mấy triệu, hàng xóm nói đăng ký trên zalo tỉnh là có thông báo lịch cúp điện trước, tui muốn đăng ký nhận cái đó',
    'subscriptions',
  ],
  [
    'nha tui nuoi ca long be tren song Tien, nam nao lu ve ko hay truoc cung mat ca, nam ngoai mat gan 100 trieu, tui muon nhan tin canh bao thoi tiet voi mua lu cua tinh gui ve zalo de con lo keo be',
    'subscriptions',
  ],
  [
    'con tui năm nay vô lớp 1, vợ chồng tui đi làm cả ngày hay lỡ mấy cái thông báo của trường với phòng giáo dục, tui muốn nhận thông báo của tỉnh về giáo dục, lịch tựu trường, tuyển sinh gì đó cho kịp',
    'subscriptions',
  ],
  [
    'dạo này xóm tui sốt xuất huyết nhiều quá, thằng nhỏ nhà bên mới nhập viện, tui muốn nhận các thông báo về y tế, lịch tiêm chủng, phun thuốc của tỉnh, đăng ký ở đâu vậy ad',
    'subscriptions',
  ],
  [
    'toi da dang ky nhan tin cup dien tu hoi dau nam, gio mua mua bao hay ve nen muon them chu de thoi tiet nua, chinh lai cac chu de dang nhan cho toi',
    'subscriptions',
  ],
  [
    'tui muốn coi lại mình đang nhận những loại thông báo nào của tỉnh, hồi đó con tui bấm dùm rồi đi làm xa, giờ tin về tui cũng hông biết là do tui đăng ký mục nào',
    'subscriptions',
  ],
  [
    'ba tui lam ruong ca doi, ong hay hoi lich tha nuoc lich xuong giong voi canh bao sau ray, tui muon dang ky nhan thong bao nong nghiep cua tinh ve zalo de doc cho ong nghe',
    'subscriptions',
  ],
  [
    'tui nghỉ hưu rồi ở nhà rảnh, ngày nào cũng coi thời sự, con gái nói zalo tỉnh có gửi tin tức thông báo, vậy cho tui đăng ký nhận hết các thông báo của tỉnh luôn',
    'subscriptions',
  ],
  [
    'mới chuyển về đây sống được tuần, hàng xóm nói tỉnh có gửi tin cúp nước cúp điện với thời tiết qua zalo, tui cũng muốn nhận mấy cái đó cho biết đường mà lo',
    'subscriptions',
  ],
  [
    'trước con tui đăng ký cho tui nhận tin của tỉnh, giờ ngày nào cũng mấy tin, tui già rồi mắt kém đọc không hết, mà tiếng ting ting làm tui giật mình hoài, thôi đừng gửi thông báo cho tui nữa',
    'unsubscribe',
  ],
  [
    'tui het nuoi ca be roi, ban be cho nguoi ta tu thang truoc, gio len bo lam ruong, ko can nhan tin canh bao lu voi thoi tiet nua, huy muc do giup tui',
    'unsubscribe',
  ],
  [
    'dien thoai tui doi cu dung luong it, tin thong bao cua tinh gui ve nhieu qua day bo nho toi noi chup hinh chau cung ko duoc, ngung gui thong bao cho tui nha',
    'unsubscribe',
  ],
  [
    'tui chuyển vô Sài Gòn ở với con luôn rồi, tin cúp điện cúp nước bên tỉnh gửi về tui không còn liên quan nữa, hủy đăng ký nhận tin giùm tui',
    'unsubscribe',
  ],
  [
    'con tui tốt nghiệp cấp 3 đi học đại học trên thành phố rồi, tui không cần nhận tin giáo dục của tỉnh nữa, bỏ chủ đề đó ra cho tui, mấy cái khác giữ lại',
    'unsubscribe',
  ],
  [
    'huy dang ky nhan tin het di ad, ba tui nam chung phong ma ban dem cu ting ting lam ba tui thuc giac hoai, ong gia roi kho ngu lai lam',
    'unsubscribe',
  ],
  [
    'hồi đó tui lỡ tay bấm đăng ký chứ có coi đâu, giờ tin nhắn thông báo về đầy máy, nhận nhiều mệt quá, đừng gửi thông báo cho tui nữa nha',
    'unsubscribe',
  ],
  [
    'tui hoi con bot nay tu sang toi gio ma no tra loi vong vo, chi toi cho may cai link doc khong hieu, chuyen cua tui la chuyen dat dai lien quan 3 doi chu phuc tap lam, cho tui noi chuyen voi can bo that di',
    'handoff',
  ],
  [
    'dạ tui già rồi, mắt kém, bấm mấy cái nút trên này hông rành, bấm trúng bấm trật, tui muốn nói chuyện với người thiệt cho dễ, giờ này có cán bộ nào trực hông',
    'handoff',
  ],
  [
    'chuyen cua toi la ho so bi tra ve 2 lan ma lan nao cung ghi ly do chung chung, toi hoi may tra loi tu dong thi no cu dua danh sach giay to, toi muon gap can bo phu trach de trinh bay truc tiep',
    'handoff',
  ],
  [
    'em nhắn mấy lần mà máy trả lời tự động hoài, câu hỏi của em hơi đặc biệt vì em là người nước ngoài lấy chồng Việt, em cần gặp cán bộ tư vấn trực tiếp được không ạ',
    'handoff',
  ],
  [
    'tui đọc không rành chữ, con cháu đi làm hết, mấy cái chữ trên đây tui dò hoài không ra, nhờ cán bộ gọi lại cho tui để tui kể cho dễ, số tui 0912 334 556',
    'handoff',
  ],
  [
    'chuyen nha tui kho noi qua may tin nhan lam, ba tui mat ma giay to dat dai lung tung, anh em lai moi nguoi noi 1 kieu, tui muon duoc noi chuyen truc tiep voi mot nguoi can bo that de ho chi cho',
    'handoff',
  ],
  [
    'cán bộ ơi có ai đọc tin nhắn hông, tui hỏi 3 lần rồi mà nó cứ hiện ra cái menu, tui đâu có cần menu, tui muốn người thật trả lời tui',
    'handoff',
  ],
  [
    'co the chuyen cho toi sang nhan vien truc duoc ko, toi da bam thu het cac nut roi ma khong co cai nao dung van de cua toi, toi mat ca buoi sang roi',
    'handoff',
  ],
  [
    'Tui là thương binh, tai nghe không rõ, gọi tổng đài nói chuyện không được, muốn được nhắn tin với cán bộ thật qua đây để hỏi chế độ cho kỹ chứ máy trả lời tui không hiểu',
    'handoff',
  ],
  [
    'tui ở huyện xa, lần đầu lên tỉnh nộp hồ sơ trực tiếp mà hông biết trung tâm hành chính công nằm ở đường nào, mấy giờ mở cửa, thứ bảy có làm hông, để tui đón xe đò cho kịp',
    'help',
  ],
  [
    'cho tui xin so dien thoai duong day nong cua tinh, nha tui co chuyen gap can bao ma goi xa hoai ko ai bat, tui ko biet goi ai nua',
    'help',
  ],
  [
    'dạ cho em hỏi bộ phận một cửa huyện Châu Thành làm việc từ mấy giờ tới mấy giờ, trưa có nghỉ không, em làm ca sáng về tới 11 giờ, ghé nộp có kịp không',
    'help',
  ],
  [
    'toi can gui don bang email cho van phong UBND tinh vi toi dang cong tac ngoai Ha Noi ko ve duoc, dia chi email chinh thuc la gi vay ad',
    'help',
  ],
  [
    'tui mới xài zalo được mấy bữa, con tui cài trang này rồi nói hỏi gì trên này cũng được mà tui không biết bắt đầu sao, bấm chỗ nào gõ chỗ nào, chỉ tui cách dùng cái trang này với',
    'help',
  ],
  [
    'ad oi cho hoi dia chi trung tam phuc vu hanh chinh cong cua tinh nam o dau, tui o ngoai tinh ve lam giay to cho me, ko rành duong',
    'help',
  ],
  [
    'mình muốn xin số điện thoại tổng đài hỗ trợ dịch vụ công của tỉnh, lần trước nộp hồ sơ online bị lỗi mà không biết gọi ai, lưu lại để lần sau có chuyện thì gọi',
    'help',
  ],
  [
    'hồi sáng tui chạy lên một cửa huyện thì thấy cửa đóng im ỉm, hông có dán giấy gì, hông biết hôm nay nghỉ lễ hay đổi giờ làm việc, vậy giờ làm việc ở đó ra sao',
    'help',
  ],
  [
    'con gai tui cai zalo nay cho tui roi noi hoi gi cung duoc, ma tui ngoi nhin hoai ko biet hoi cai gi, trang nay lam duoc nhung viec gi vay, ke tui nghe voi',
    'menu',
  ],
  [
    'tui mới bấm theo dõi trang này theo lời ông trưởng ấp, muốn coi trên này có những dịch vụ nào, hiện cái danh sách các chức năng cho tui coi với',
    'menu',
  ],
  ['hoi nay toi bam lung tung mat cai bang chon roi, gio man hinh trong tron, mo lai menu chinh dum toi', 'menu'],
  [
    'nghe noi trang nay cua tinh moi lam, ad lam duoc nhung gi cho dan vay, liet ke ra cho tui biet may cai chuc nang',
    'menu',
  ],
  [
    'chao ban, tui la nguoi o ap Phu Loi, hom qua di hop ap duoc phat to giay co ma QR nen moi ket ban voi trang nay',
    'welcome',
  ],
  [
    'Xin chào, tui thấy trang này có logo tỉnh mà dạo này nhiều trang giả lắm, đây là trang của ai vậy, của tỉnh thiệt hả',
    'welcome',
  ],
  ['alo alo co ai khong, tui moi vo lan dau, chao may anh chi', 'welcome'],
  [
    'hello, my husband is Vietnamese and he set this Zalo page up for me, I moved here last year and I can barely read Vietnamese yet, can we please continue in English',
    'language',
  ],
  [
    'tui nhờ đứa cháu ở Úc về chơi coi dùm giấy tờ trên trang này mà nó đọc tiếng Việt hông rành, đổi qua tiếng Anh cho nó đọc được hông ad',
    'language',
  ],
  [
    'tui dung trang nay lau roi, nop ho so co, phan anh co, de lai so dien thoai voi dia chi nha nua, nay tui muon biet trang nay dang giu nhung thong tin gi cua tui',
    'my_data',
  ],
  [
    'con tui nói mấy trang trên mạng hay lưu thông tin cá nhân rồi bán cho người ta gọi quảng cáo, tui muốn coi Zalo của tỉnh đang lưu những gì về tui, tên tuổi số điện thoại hay gì nữa',
    'my_data',
  ],
  [
    'tui sắp qua Úc định cư với con luôn, không dùng trang này nữa, muốn xóa hết thông tin cá nhân của tui trên đây cho chắc, để lại hông ai coi',
    'erase_my_data',
  ],
  [
    'hồi tuần rồi có đứa gọi điện đọc đúng tên với số căn cước tui rồi dụ chuyển tiền, tui sợ lộ thông tin quá, tui muốn xoá hết dữ liệu của tui mà trang này đang giữ',
    'erase_my_data',
  ],
  [
    'hồi năm ngoái tui cho thằng em họ mượn 50 triệu để nó mua xe chạy dịch vụ, hứa 6 tháng trả, giờ nó lơ luôn, gọi không bắt máy, nhắn thì seen, tui tức quá, giờ làm sao bắt nó trả tiền cho tui',
    'none',
  ],
  [
    'con toi thi vao lop 10 truong chuyen hom thang 6, ca nha hoi hop ca thang nay, toi nghe noi co diem roi ma chau tra tren mang hoai ko ra, cho toi xem diem thi cua chau bao nhieu',
    'none',
  ],
  [
    'tui bị bệnh tim mổ rồi, tháng nào cũng tái khám ở bệnh viện đa khoa tỉnh, lần trước đi từ 5 giờ sáng mà tới trưa mới tới lượt, tui muốn đặt lịch khám trước cho tuần sau khỏi chờ',
    'none',
  ],
  [
    'mai tui đi đám cưới đứa cháu bên Cần Giờ bằng ghe, cả nhà 10 người, coi dùm mai trời có mưa hông để tui còn mang áo mưa',
    'none',
  ],
  [
    'vang hom nay bao nhieu 1 chi vay ad, tui tinh ban 2 chi cat tu hoi cuoi de dong hoc phi cho con ma so ban bi lo',
    'none',
  ],
  [
    'tui can rut tien tra no gap cho nguoi ta ma the ATM bi khoa, ngan hang Agribank chi nhanh huyen may gio mo cua, thu bay co lam ko',
    'none',
  ],
  [
    'tui mua cái máy giặt trên Shopee, giao tới cái nắp bị bể, nhắn shop thì shop nói lỗi do vận chuyển không chịu đổi, tui muốn đòi lại tiền thì làm sao',
    'none',
  ],
  [
    'xo so mien nam hom nay dai nao xo vay, tui mua may to cua ba ban ve dao ma quen coi la dai nao, cho tui ket qua luon',
    'none',
  ],
  [
    'nhà tui cần bán gấp miếng đất 200m2 mặt tiền đường tỉnh, sổ hồng riêng, giá thương lượng, ai có nhu cầu thì liên hệ tui, ad đăng tin giùm lên trang này cho nhiều người thấy được hông',
    'none',
  ],
  [
    'hom qua tui nghe thang ban noi xe tui bi chup phat nguoi o nga tu, tui ko biet thiet hay gia, muon tu tra cuu phat nguoi thi vao trang web nao',
    'none',
  ],
  [
    'con gai tui hoc lop 8, hoc ky nay co giao cho diem kiem tra toan thap qua ma chau noi lam dung, tui muon xem bang diem hoc ky cua chau de biet',
    'none',
  ],
  ['thôi tui hỏi xong rồi, con tui nó làm dùm tui hết rồi, cảm ơn mấy cô mấy chú nha, bye', 'none'],
  [
    'ông nội tui bệnh nặng đang nằm ở Chợ Rẫy, tui ở quê mới lên thành phố, muốn vô thăm mà hông biết bệnh viện cho vô thăm giờ nào',
    'none',
  ],
  [
    'the ATM cua tui bi may nuot o cay ATM ngoai cho luc toi, ngan hang dong cua het roi, mai tui phai di lam som, tui lam sao lay lai the',
    'none',
  ],
  [
    'tui muốn đóng tiền điện tháng này qua điện thoại cho khỏi ra điểm thu, con tui nói có app mà tui không biết app nào, chỉ tui với',
    'none',
  ],
  [
    'tui chay xe tai 10 nam roi, dang muon tim viec lam tai xe cho cong ty nao luong cao o tinh minh, ad co biet cho nao tuyen khong',
    'none',
  ],
  [
    'gia lua hom nay bao nhieu 1 ky vay, thuong lai tra tui 6 ngan ruoi ma nghe noi ben huyen kia 7 ngan, tui dang chuan bi cat',
    'none',
  ],
  [
    'tui đặt vé xe khách đi Sài Gòn chuyến 7 giờ mà kẹt xe tới bến trễ 10 phút, nhà xe nói mất vé, tui muốn đổi qua chuyến khác thì phải làm sao',
    'none',
  ],
  [
    'con tui năm nay thi tốt nghiệp được 26 điểm, nó muốn học y, tui muốn biết điểm chuẩn ngành y đa khoa các trường năm nay bao nhiêu',
    'none',
  ],
  [
    'tui tinh mua xe may cu cua 1 nguoi ban tren facebook, gia re hon ngoai tiem 5 trieu, ho doi chuyen coc truoc 2 trieu moi giu xe, ad thay nguoi do co dang tin khong',
    'none',
  ],
  [
    'điện thoại tui bị rớt bể màn hình, ad có biết tiệm sửa điện thoại nào gần chợ huyện làm uy tín, giá rẻ hông',
    'none',
  ],
  [
    'mang 4G nha tui yeu qua, xem video cu dung hoai, tui muon goi tong dai Viettel doi goi cuoc ma ko biet so may',
    'none',
  ],
  [
    'vi Momo cua tui tu nhien bi tru 300 nghin ma tui ko co mua gi, goi tong dai cho hoai, ai biet lam sao lay lai tien ko',
    'none',
  ],
  [
    'ad co nguoi yeu chua, tui o nha mot minh buon qua, chong di bien 2 thang chua ve, muon noi chuyen cho vui thoi',
    'none',
  ],
  [
    'nhà tui tháng sau làm đám cưới cho thằng con, tính đặt 30 mâm, ad có biết nhà hàng nào gần trung tâm tỉnh giá phải chăng hông',
    'none',
  ],
  [
    'con gai tui ben My gui ve 500 do, tui muon doi ra tien Viet ma ko biet ty gia do la hom nay bao nhieu, doi o dau duoc gia',
    'none',
  ],
  ['tối nay đội tuyển Việt Nam đá mấy giờ vậy ad, kênh nào chiếu, tui tính rủ mấy ông bạn qua nhà coi', 'none'],
  [
    'tui bi tieu duong may nam nay, dao nay duong huyet len hoai, ad chi tui thuoc nao uong cho ha duong nhanh voi',
    'none',
  ],
  [
    'hàng xóm tui mượn cái máy cắt cỏ từ tháng trước tới giờ không trả, tui qua hỏi thì bả nói để từ từ, tui muốn lấy lại mà ngại gây nhau, ad coi nên nói sao',
    'none',
  ],
  [
    'bình gas nhà tui hết giữa bữa nấu cơm, tiệm gas quen đóng cửa rồi, ad biết chỗ nào giao gas tận nhà buổi tối hông',
    'none',
  ],
];

// Tuning 46 (216 messages, written blind on 2026-12-04 from the list of labels only, to be learnt from, not to
// study: the confusable pairs, each side in natural phrasing).
const batch46Tune: [string, string][] = [
  ['hs 000.00.15.H02-240312-0045 giờ tới bước nào rồi ad', 'dossier'],
  ['Cho tôi hỏi hồ sơ mã 000.00.31.H29-240108-0112 đã xử lý xong chưa ạ', 'dossier'],
  ['ma ho so 000.00.07.H56-231120-0003 sao hom nay van dang thu ly vay', 'dossier'],
  ['e nộp hs cấp lại sổ đỏ hôm 5/3, mã 000.26.41.H02-240305-0019, giờ có kq chưa', 'dossier'],
  ['Kiểm tra giúp tôi tình trạng hồ sơ 000.00.12.H12-240415-0077', 'dossier'],
  ['hồ sơ của em tới đâu r v ạ, trễ hẹn 3 ngày rồi', 'dossier'],
  ['H29.22-240220-0031 coi giùm đang nằm ở phòng nào', 'dossier'],
  ['Hi, could you check the status of application 000.00.20.H29-240501-0007?', 'dossier'],
  ['hs e bị trả về hả ad? mã 000.00.15.H02-240410-0088', 'dossier'],
  ['cho mình tra nhanh cái hồ sơ 000.30.05.H56-240322-0150 coi đc ký chưa', 'dossier'],
  ['hồ sơ chuyển nhượng đất nộp 2 tháng nay chưa thấy gì, mã 000.22.18.H12-240115-0024, hiện trạng sao rồi', 'dossier'],
  ['hs 000.00.15.H02-240312-0046 khi nao co ket qua thi nhan cho e 1 tin nhe', 'dossier_follow'],
  ['Tôi muốn được báo tự động khi hồ sơ 000.00.31.H29-240108-0113 chuyển trạng thái', 'dossier_follow'],
  ['e bận đi làm ko vô check thường xuyên dc, hs có gì mới thì ad nhắn qua zalo giùm e', 'dossier_follow'],
  ['đăng ký nhận thông báo cho hồ sơ 000.26.41.H02-240305-0020', 'dossier_follow'],
  [
    'khi nào giấy phép xây dựng của tôi được ký thì báo tôi qua đây nhé, mã hs 000.00.12.H12-240415-0078',
    'dossier_follow',
  ],
  ['Please notify me when my file 000.00.20.H29-240501-0009 is ready to pick up', 'dossier_follow'],
  ['có cách nào để hs tới bước nào thì tự động có tin nhắn về ko ạ', 'dossier_follow'],
  ['theo dõi hs 000.30.05.H56-240322-0151 giúp tôi', 'dossier_follow'],
  ['mỗi lần hồ sơ mã H29.22-240220-0032 đổi trạng thái thì báo mình với', 'dossier_follow'],
  ['cho e bật thông báo cái hồ sơ đăng ký kết hôn vừa nộp sáng nay, mã 000.00.07.H56-240520-0011', 'dossier_follow'],
  ['hs của e bao giờ trả kq thì gửi tin cho e để e lên lấy, đỡ phải lên hỏi hoài', 'dossier_follow'],
  ['nhận tin tình trạng hồ sơ 000.00.09.H02-240601-0004 giùm mình, mình muốn theo dõi nó', 'dossier_follow'],
  ['thêm hs 000.00.15.H02-240603-0021 vào danh sách nhận thông báo của tôi', 'dossier_follow'],
  ['e muốn theo dõi thêm 1 hồ sơ nữa của ba e, mã 000.22.18.H12-240528-0007', 'dossier_follow'],
  ['hồ sơ này có biến động gì thì ping e nha: 000.00.31.H29-240530-0098', 'dossier_follow'],
  ['Bật thông báo trạng thái hồ sơ cho tôi', 'dossier_follow'],
  ['ad ơi khi nào hồ sơ của mẹ e xong thì nhắn e nhé, mã 000.26.41.H02-240604-0033', 'dossier_follow'],
  ['Subscribe me to updates for dossier 000.00.12.H12-240602-0015', 'dossier_follow'],
  ['cho minh dang ky nhan bao khi hs tach thua co ket qua, ma 000.30.05.H56-240521-0061', 'dossier_follow'],
  ['hs 000.00.09.H02-240601-0004 nhận kq rồi, đừng gửi tin về hs này nữa nha', 'dossier_unfollow'],
  ['ngừng theo dõi hồ sơ 000.00.15.H02-240603-0021', 'dossier_unfollow'],
  ['Tôi không muốn nhận thông báo về hồ sơ của ba tôi nữa, mã 000.22.18.H12-240528-0007', 'dossier_unfollow'],
  ['bỏ theo dõi hết mấy hồ sơ của e đi ad, xong hết r', 'dossier_unfollow'],
  ['tat tbao hs 000.00.31.H29-240530-0098 giup e', 'dossier_unfollow'],
  ['cái hồ sơ kia e rút rồi nên ko cần báo tình trạng nữa đâu ạ', 'dossier_unfollow'],
  ['Please stop sending me updates about file 000.00.12.H12-240602-0015', 'dossier_unfollow'],
  ['sao hs e lấy kết quả rồi mà vẫn nhắn hoài vậy, huỷ vụ báo tin đó giùm e', 'dossier_unfollow'],
  ['e đang theo dõi mấy hồ sơ vậy ad', 'follows'],
  ['cho tôi xem danh sách hồ sơ tôi đang nhận thông báo', 'follows'],
  ['hồi trước e có đăng ký báo tin cho hs nào ấy nhỉ, ko nhớ nữa', 'follows'],
  ['những hs nào đang dc gửi tbao về zalo này', 'follows'],
  ['Which files am I currently following?', 'follows'],
  ['mình có đang theo dõi hs của mẹ mình ko vậy, kiểm tra giúp', 'follows'],
  ['ds theo doi cua toi', 'follows'],
  ['hồ sơ 000.00.18.H02-240211-0009 của tôi sao rồi', 'dossier'],
  ['cho e hỏi hs mã số 000.00.44.H29-240318-0123 đã chuyển qua thuế chưa', 'dossier'],
  ['tra cứu hs 000.00.33.H56-240409-0045', 'dossier'],
  ['hồ sơ đăng ký biến động đất đai em nộp ở bp một cửa huyện, mã 000.25.10.H12-240402-0006, bao giờ xong', 'dossier'],
  ['Hồ sơ của tôi đến đâu rồi ạ', 'dossier'],
  ['cái hs trên phiếu hẹn ghi 000.00.21.H02-240425-0017 ấy, giờ sao r ad', 'dossier'],
  ['ktra giup hs 000.00.44.H29-240319-0140 voi, qua ngay hen roi', 'dossier'],
  ['Status of dossier 000.00.33.H56-240410-0051 please', 'dossier'],
  ['hồ sơ bên mình mã 000.25.10.H12-240403-0012 đang bị vướng ở đâu vậy', 'dossier'],
  ['e có mã biên nhận 000.00.18.H02-240212-0033, cho e hỏi đến bước nào', 'dossier'],
  ['hs xin cấp gp kinh doanh rượu của e đang xử lý tới đâu ạ', 'dossier'],
  ['e quên mã hồ sơ rồi, làm sao xem lại các hs e đã nộp', 'my_dossiers'],
  ['cho tôi xem tất cả hồ sơ tôi đã nộp', 'my_dossiers'],
  ['mất phiếu hẹn rồi ad ơi, tra theo sđt được ko', 'my_dossiers'],
  ['liệt kê giúp mình mấy hồ sơ mình nộp từ đầu năm tới giờ', 'my_dossiers'],
  ['năm nay tôi nộp mấy bộ hồ sơ, cái nào xong cái nào chưa', 'my_dossiers'],
  ['sdt e 0905812447, xem giup e cac hs dang ky bang sdt nay', 'my_dossiers'],
  ['nộp nhiều hs quá ko nhớ mã cái nào, cho e danh sách với', 'my_dossiers'],
  ['tôi có nộp vài hồ sơ online trên dịch vụ công, muốn xem lại hết một lượt', 'my_dossiers'],
  ['ko nhớ mã hs, chỉ nhớ sđt lúc nộp thôi', 'my_dossiers'],
  ['đường Trần Hưng Đạo đoạn gần chợ có cái ổ gà to lắm, tối qua có người té xe rồi', 'feedback'],
  ['rác ở đầu hẻm 45 Nguyễn Trãi 3 ngày ko ai lấy, bốc mùi quá', 'feedback'],
  ['Quán karaoke gần nhà tôi hát tới 1h sáng, đề nghị chính quyền xử lý', 'feedback'],
  ['den duong to 7 phuong An Binh tat ca tuan nay, toi di rat nguy hiem', 'feedback'],
  ['em muốn kiến nghị về thái độ của cán bộ tiếp nhận hs ở UBND xã hôm qua, rất hách dịch', 'feedback'],
  ['mưa chút xíu là khu dân cư Hòa Lợi ngập tới đầu gối, cống bị nghẹt', 'feedback'],
  ["I'd like to report illegal dumping of construction waste next to the river in Ward 3", 'feedback'],
  ['có người lấn chiếm vỉa hè bán hàng chắn hết lối đi ở đường Lê Lợi, gửi phản ánh giúp', 'feedback'],
  ['phản ánh số PA-2024-003412 của tôi đã được xử lý chưa', 'feedback_ticket'],
  ['hôm trước e gửi phản ánh vụ ổ gà, mã 24051234, giờ có ai trả lời chưa ad', 'feedback_ticket'],
  ['cho hỏi kết quả giải quyết kiến nghị #18823', 'feedback_ticket'],
  ['tra phan anh 2405-00917', 'feedback_ticket'],
  ['cái phản ánh về karaoke tôi gửi tuần trước có mã 18824, bên phường xử lý tới đâu rồi', 'feedback_ticket'],
  ['Could you check ticket 240611-0042? I reported a broken streetlight', 'feedback_ticket'],
  ['pa mã 2024/PA/0561 sao vẫn chưa có phản hồi vậy', 'feedback_ticket'],
  ['e gửi phản ánh rác rồi, được cấp mã 77310, giờ muốn coi câu trả lời', 'feedback_ticket'],
  ['e gửi mấy cái phản ánh rồi mà quên mất, cho e xem danh sách', 'my_feedback'],
  ['từ đầu năm tới giờ tôi đã kiến nghị bao nhiêu lần, liệt kê giúp', 'my_feedback'],
  ['mấy cái pa mình gửi trước đây giờ cái nào đã có trả lời', 'my_feedback'],
  ["Show me the reports I've sent", 'my_feedback'],
  ['mình đã từng gửi phản ánh qua đây chưa nhỉ, xem giùm', 'my_feedback'],
  ['đăng ký nhận thông báo lịch cúp điện của tỉnh', 'subscriptions'],
  ['cho e nhận tin cảnh báo mưa bão với', 'subscriptions'],
  ['tôi muốn nhận tin về y tế và giáo dục', 'subscriptions'],
  ['mình đang đăng ký nhận những chủ đề nào vậy ad', 'subscriptions'],
  ['đổi chủ đề nhận tin giúp tôi, bỏ y tế thêm giao thông', 'subscriptions'],
  ['chỉ muốn nhận tin cắt điện với thiên tai thôi, chọn lại giúp e', 'subscriptions'],
  ['Subscribe me to announcements from the province', 'subscriptions'],
  ['có mục tin tuyển dụng công chức ko, cho e đăng ký', 'subscriptions'],
  ['them chu de giao duc vao ds nhan tin cua toi', 'subscriptions'],
  ['muốn nhận thông báo chính thức của tỉnh qua zalo thì làm sao', 'subscriptions'],
  ['xem các chủ đề tin mình đang nhận', 'subscriptions'],
  ['ngoài cắt điện ra còn chủ đề gì đăng ký được nữa', 'subscriptions'],
  ['huỷ nhận tin tất cả', 'unsubscribe'],
  ['bỏ chủ đề y tế đi, tôi ko quan tâm', 'unsubscribe'],
  ['ngày nào cũng nhắn lịch cắt điện phiền quá, tắt giùm', 'unsubscribe'],
  ['Unsubscribe me please', 'unsubscribe'],
  ['thôi ko nhận tin giáo dục nữa nha ad, con e ra trường r', 'unsubscribe'],
  ['ngung nhan thong bao cua tinh', 'unsubscribe'],
  ['e muốn hủy đăng ký nhận tin', 'unsubscribe'],
  ['tin tuyển dụng thì bỏ đi, mấy cái khác giữ nguyên', 'unsubscribe'],
  ['dừng tất cả tin nhắn thông báo từ trang này', 'unsubscribe'],
  ['Tôi không muốn nhận tin cảnh báo thời tiết nữa, cảm ơn', 'unsubscribe'],
  ['cho e xem dữ liệu cá nhân của e mà bot đang giữ', 'my_data'],
  ['ad có lưu sđt của tôi ko', 'my_data'],
  ['tôi muốn biết OA thu thập những dữ liệu nào về mình', 'my_data'],
  ['kiểm tra thông tin cá nhân tôi đã cung cấp cho chatbot', 'my_data'],
  ['bot có giữ số cccd của e ko vậy, lo quá', 'my_data'],
  ['xem lại thông tin của mình mà hệ thống đang lưu', 'my_data'],
  ['dl ca nhan cua toi tren he thong nay gom nhung gi', 'my_data'],
  ['theo nghị định 13 tôi có quyền xem dữ liệu của mình, gửi cho tôi', 'my_data'],
  ['lúc trước e chia sẻ sđt cho bot tra hs, giờ bot còn giữ những gì của e', 'my_data'],
  ['e ko muốn bot giữ sđt e nữa, xóa giùm', 'erase_my_data'],
  ['tôi yêu cầu xóa thông tin cá nhân theo nghị định 13', 'erase_my_data'],
  ['xoa du lieu cua toi tren OA', 'erase_my_data'],
  ['gỡ số điện thoại tôi đã chia sẻ ra khỏi hệ thống', 'erase_my_data'],
  ['xóa lịch sử và thông tin của mình đi ad', 'erase_my_data'],
  ['hủy toàn bộ dữ liệu mà chatbot đã lưu về e', 'erase_my_data'],
  ['tôi rút lại sự đồng ý cho phép lưu thông tin, xoá hết đi', 'erase_my_data'],
  ['bot đừng lưu gì về tôi nữa, xóa sạch', 'erase_my_data'],
  ['làm sao để xóa dữ liệu của mình khỏi trang này', 'erase_my_data'],
  ['bộ phận một cửa làm việc thứ 7 ko ạ', 'help'],
  ['email để gửi văn bản cho UBND tỉnh là gì', 'help'],
  ['mấy giờ thì trung tâm mở cửa buổi chiều', 'help'],
  ['xin sdt phong tiep dan', 'help'],
  ['cho e xin địa chỉ với giờ làm việc của bp một cửa huyện', 'help'],
  ['gọi tổng đài nào để hỏi về dịch vụ công', 'help'],
  ['trưa có làm việc ko hay nghỉ từ 11h30', 'help'],
  ['có chỗ giữ xe ở trung tâm hcc ko ad', 'help'],
  ['chatbot này dùng sao vậy, e gõ mãi ko ra', 'help'],
  ['gặp người thật được ko, bot trả lời ko đúng ý', 'handoff'],
  ['ad ơi có ai trực ko, e cần hỏi gấp', 'handoff'],
  ['chuyển máy cho nhân viên giúp tôi', 'handoff'],
  ['e muốn trao đổi trực tiếp với cán bộ phụ trách đất đai qua đây', 'handoff'],
  ['thôi bot ơi, kêu người ra nói chuyện đi', 'handoff'],
  ['có cán bộ nào online tư vấn cho tôi với', 'handoff'],
  ['toi can gap nhan vien ho tro ngay bay gio', 'handoff'],
  ['nhờ chuyển cuộc trò chuyện này cho chuyên viên', 'handoff'],
  ['hỏi mãi ko dc, có anh chị nào ở đó trả lời giùm e ko', 'handoff'],
  ['có những dịch vụ nào trên trang này', 'menu'],
  ['hiện menu chính', 'menu'],
  ['ds chuc nang', 'menu'],
  ['quay lại trang chủ', 'menu'],
  ['ở đây hỗ trợ tra cứu những gì vậy ad', 'menu'],
  ['đây là trang chính thức của tỉnh hả', 'welcome'],
  ['hướng dẫn cách dùng chatbot', 'help'],
  ['làm sao để chat với bot cho đúng', 'help'],
  ['cho xin thông tin liên hệ của văn phòng', 'help'],
  ['bot có trả lời ngoài giờ hành chính ko', 'help'],
  ['e gửi ảnh cho bot được ko', 'help'],
  ['làm giấy khai sinh cho con cần mang những gì', 'procedure'],
  ['thủ tục đăng ký kết hôn với người nước ngoài ở đâu', 'procedure'],
  ['xin giấy phép xây dựng nhà ở mất bao lâu', 'procedure'],
  ['cấp sổ đỏ lần đầu phí bao nhiêu', 'procedure'],
  ['tách thửa đất cần hs gì', 'procedure'],
  ['How do I register a marriage here?', 'procedure'],
  ['dang ky thuong tru cho vo can giay to gi', 'procedure'],
  ['chứng thực bản sao nộp ở đâu, có làm online được ko', 'procedure'],
  ['trích lục khai tử làm như nào ad', 'procedure'],
  ['xin cấp lại giấy khai sinh bị mất thì làm sao', 'procedure'],
  ['e muốn chuyển đất vườn sang đất ở thì cần chuẩn bị gì', 'procedure'],
  ['giấy khai sinh con tôi nộp tuần trước sao giờ chưa có', 'dossier'],
  ['hs đăng ký kết hôn của e nộp hôm thứ 2, giờ ký chưa ạ', 'dossier'],
  ['giấy phép xây dựng tôi nộp quá 20 ngày rồi vẫn chưa thấy, mã 000.00.27.H12-240402-0301', 'dossier'],
  ['hs cấp sổ đỏ lần đầu của nhà tôi kẹt ở đâu vậy', 'dossier'],
  ['hồ sơ tách thửa mã 000.26.03.H56-240311-0072 có vấn đề gì mà lâu thế', 'dossier'],
  ['My marriage registration was submitted last week, is it approved yet?', 'dossier'],
  ['dk thuong tru cho vo e nop r, da duyet chua ad', 'dossier'],
  ['bản chứng thực e gửi online hôm qua xong chưa', 'dossier'],
  ['trích lục khai tử cho ông nội e làm tới đâu r', 'dossier'],
  ['hồ sơ xin cấp lại khai sinh của e đang ở bước nào ạ, mã 000.00.09.H02-240520-0044', 'dossier'],
  ['chuyển mục đích sd đất nhà tôi đang chờ gì nữa vậy', 'dossier'],
  ['tra cứu mst 0312345678', 'business'],
  ['cty TNHH Thương mại Phúc An còn hoạt động ko', 'business'],
  ['cho mình hỏi mã số thuế 4201234567 là cty nào', 'business'],
  ['ai là người đại diện pháp luật của Công ty CP Xây dựng Hưng Thịnh', 'business'],
  ['địa chỉ trụ sở của cty Minh Long theo đăng ký ở đâu', 'business'],
  ['Is the company with tax code 0109876543 still operating?', 'business'],
  ['kiểm tra giùm hộ kinh doanh Tạp hóa Bảy Hồng có đăng ký chưa', 'business'],
  ['dn mst 3701234567-001 đóng cửa chưa vậy', 'business'],
  ['e sắp ký hợp đồng với cty Đại Phát, muốn kiểm tra cty này có thật ko', 'business'],
  ['tim thong tin doanh nghiep ten Hoang Gia Logistics', 'business'],
  ['cty cũ của e mst 0401234567 bị giải thể hay tạm ngưng vậy', 'business'],
  ['muốn mở cty TNHH 1 thành viên cần giấy tờ gì', 'procedure'],
  ['đăng ký hộ kinh doanh cá thể nộp ở đâu', 'procedure'],
  ['thủ tục tạm ngừng kinh doanh của cty mất mấy ngày', 'procedure'],
  ['thay đổi người đại diện pháp luật cty thì làm thủ tục gì', 'procedure'],
  ['đổi địa chỉ trụ sở cty cần nộp hs gì', 'procedure'],
  ['How do I register a new company in this province?', 'procedure'],
  ['giai the doanh nghiep lam nhu the nao', 'procedure'],
  ['hộ kd mới mở thì xin mst ở đâu, cần gì', 'procedure'],
  ['lệ phí đăng ký thành lập cty cp là bao nhiêu', 'procedure'],
  ['mở quán cà phê nhỏ có cần đăng ký kinh doanh ko ad', 'procedure'],
  ['e muốn thành lập chi nhánh cty ở huyện khác, hồ sơ gồm những gì', 'procedure'],
  ['tiền điện tháng này nhà tôi tăng gấp đôi, sao vậy', 'none'],
  ['vietcombank chi nhánh tỉnh thứ 7 có làm ko', 'none'],
  ['bệnh viện đa khoa tỉnh mấy giờ nhận bệnh', 'none'],
  ['Nhận làm bằng lái xe, cccd nhanh giá rẻ, liên hệ 0987654321', 'none'],
  ['ok cảm ơn bye', 'none'],
  ['shop bên mình chuyên sỉ lẻ quần áo, ghé xem nha', 'none'],
  ['cước internet viettel tháng này thanh toán ở đâu', 'none'],
  ['tra diem chuan dai hoc', 'none'],
  ['hôm nay ăn gì ngon ad', 'none'],
  ['đăng ký nhận tin cảnh báo thời tiết nguy hiểm', 'subscriptions'],
  ['đường dây điện trước nhà bị võng sát đầu người, nguy hiểm lắm', 'feedback'],
  ['thủ tục cấp đổi giấy phép lái xe', 'procedure'],
  ['bệnh viện huyện nhân viên thu tiền sai, tôi muốn phản ánh', 'feedback'],
  ['tôi muốn được báo trước mỗi khi khu tôi bị cắt điện', 'subscriptions'],
  ['kiểm tra giùm cty tài chính Tín Phát có đăng ký doanh nghiệp ko, nó gọi mời vay hoài', 'business'],
  ['thủ tục chuyển trường cho con lên cấp 2', 'procedure'],
  ['có tin y tế về dịch sốt xuất huyết thì gửi cho e với', 'subscriptions'],
];

// Tuning 47 (198 messages, written blind on 2026-12-04 from the list of labels only, to be learnt from, not to
// study: short and informal: teencode, Telex leftovers, voice-to-text, mixed English).
const batch47Tune: [string, string][] = [
  ['lam khai sinh can giay to j', 'procedure'],
  ['đăng ký kết hôn cần gì ad', 'procedure'],
  ['làm cccd cho con 14t ở đâu', 'procedure'],
  ['cap lai can cuoc bi mat thi lam ntn', 'procedure'],
  ['sang tên sổ đỏ hết bao nhiêu tiền', 'procedure'],
  ['xin giấy phép xây dựng nhà ở cần gì', 'procedure'],
  ['dang ky ho kinh doanh can nhung gi', 'procedure'],
  ['thur tucj khai tuwr can gif', 'procedure'],
  ['xac nhan tinh trang hon nhan lam o dau', 'procedure'],
  ['đăng ký thường trú cho vợ cần gì', 'procedure'],
  ['tach so do mat bao lau', 'procedure'],
  ['cấp đổi bằng lái xe ở đâu', 'procedure'],
  ['lam ly lich tu phap so 1 o dau', 'procedure'],
  ['how to register marriage with vietnamese', 'procedure'],
  ['work permit for foreigner need what documents', 'procedure'],
  ['temporary residence register for foreigner how', 'procedure'],
  ['phi dang ky kinh doanh bn', 'procedure'],
  ['đăng ký tạm trú online dc ko', 'procedure'],
  ['CHO HỎI THỦ TỤC LÀM SỔ ĐỎ LẦN ĐẦU', 'procedure'],
  ['giay phep xay dung mat bao lau ad', 'procedure'],
  ['đổi tên trên giấy khai sinh đc k', 'procedure'],
  ['nhận con nuôi cần giấy tờ gì', 'procedure'],
  ['dang ky khai tu cho ba can gi', 'procedure'],
  ['chứng thực bản sao ở đâu đc', 'procedure'],
  ['giay phep an toan thuc pham quan an', 'procedure'],
  ['e muốn đăng ký kinh doanh quán cafe', 'procedure'],
  ['hoor sow xin giaays phesp xaay duwngj gomf nhuwngx gif', 'procedure'],
  ['thu tuc nhap khau cho con moi sinh', 'procedure'],
  ['check giúp e thủ tục làm cccd online', 'procedure'],
  ['procedure for birth certificate my baby born in VN', 'procedure'],
  ['what documents i need register household business', 'procedure'],
  ['how long does land title transfer take', 'procedure'],
  ['gia hạn giấy phép kinh doanh vận tải', 'procedure'],
  ['xac nhan cu tru lam o dau', 'procedure'],
  ['cho tôi hỏi thủ tục hoàn công nhà cần những gì', 'procedure'],
  ['tra ho so 000.00.21.H02-240318-0045', 'dossier'],
  ['ho so e nop tuan truoc sao chua co kq', 'dossier'],
  ['check hs 000 00 15 H02 221205 0001', 'dossier'],
  ['status ho so 000.00.08.H02-250107-0112 pls', 'dossier'],
  ['hoor sow cuar toi ddeens ddaau rooif', 'dossier'],
  ['HỒ SƠ 000.12.30.H02-250614-0007 SAO RỒI', 'dossier'],
  ['ad ơi hs sổ đỏ của e xong chưa', 'dossier'],
  ['hồ sơ khai sinh nộp hôm qua có chưa', 'dossier'],
  ['check my application 000.00.15.H02-260112-0033', 'dossier'],
  ['what is status of my dossier', 'dossier'],
  ['ma hs 000.00.31.H02-251120-0210 kiem tra giup', 'dossier'],
  ['hồ sơ mã 000.07.22.H02-260203-0015 đang ở bước nào', 'dossier'],
  ['000 00 09 H02 240905 0123 xong chua', 'dossier'],
  ['hs cấp phép xây dựng của e bị treo à', 'dossier'],
  ['bot oi tra tinh trang ho so giup e', 'dossier'],
  ['update giúp e hồ sơ 000.00.15.H02-251230-0088', 'dossier'],
  ['my work permit application status code 000.00.40.H02-260115-0002', 'dossier'],
  ['hồ sơ đăng ký kinh doanh tôi bị trả về hả', 'dossier'],
  ['ho so e qua han roi sao chua tra kq', 'dossier'],
  ['khi nào lấy đc kết quả hồ sơ 000.03.11.H02-250822-0061', 'dossier'],
  ['tôi nộp hồ sơ cấp cccd rồi giờ sao', 'dossier'],
  ['kiem tra tien do ho so giup toi voi', 'dossier'],
  ['hs tách thửa của tôi đến đâu r ad', 'dossier'],
  ['hs 000.00.15.H02-260220-0301 sao bao bo sung', 'dossier'],
  ['ho so dang ky ket hon xu ly xong chua', 'dossier'],
  ['cho hỏi hồ sơ chuyển nhượng đất xử lý tới đâu', 'dossier'],
  ['i want check my dossier pls', 'dossier'],
  ['giấy hẹn ghi 000.02.14.H02-260110-0044 hôm nay trả mà chưa có', 'dossier'],
  ['000.00.15.H02-221205-0002 đã ký chưa ạ', 'dossier'],
  ['e quên mã hồ sơ rồi', 'my_dossiers'],
  ['sdt 0912345678 tra ho so cua toi', 'my_dossiers'],
  ['liệt kê tất cả hồ sơ của e', 'my_dossiers'],
  ['mat giay hen ko nho ma hs', 'my_dossiers'],
  ['list all my applications', 'my_dossiers'],
  ['tôi nộp mấy hồ sơ rồi ko nhớ', 'my_dossiers'],
  ['tra ho so bang so dien thoai 0987654321 dc ko', 'my_dossiers'],
  ['báo cho e khi hồ sơ có kết quả', 'dossier_follow'],
  ['co kq thi nhan tin e nha', 'dossier_follow'],
  ['notify me when my dossier done', 'dossier_follow'],
  ['đăng ký nhận thông báo hồ sơ 000.00.19.H02-260205-0027', 'dossier_follow'],
  ['ho so doi trang thai thi bao e vs', 'dossier_follow'],
  ['nhan thong bao tien do hs', 'dossier_follow'],
  ['huy theo doi ho so 000.00.15.H02-221205-0001', 'dossier_unfollow'],
  ['dừng báo hồ sơ nữa e lấy kq rồi', 'dossier_unfollow'],
  ['stop notifications for my application', 'dossier_unfollow'],
  ['ko can thong bao hs 000.05.17.H02-251011-0090 nua', 'dossier_unfollow'],
  ['e đang theo dõi những hồ sơ nào', 'follows'],
  ['xem hồ sơ đang theo dõi', 'follows'],
  ['nhung hs nao dang nhan thong bao', 'follows'],
  ['tra mst 0312345678', 'business'],
  ['0108765432 còn hoạt động ko', 'business'],
  ['cong ty tnhh minh phat dia chi o dau', 'business'],
  ['mã số thuế 4201234567 của cty nào', 'business'],
  ['check company tax code 0315678901', 'business'],
  ['ai là người đại diện cty abc', 'business'],
  ['cty xay dung hoang long con hd k', 'business'],
  ['tra hộ kinh doanh tiệm tạp hóa cô lan', 'business'],
  ['cty nay co that ko mst 0109998877', 'business'],
  ['cty cổ phần an phú đã giải thể chưa', 'business'],
  ['MST 3701234567 DIA CHI O DAU', 'business'],
  ['tra thong tin doanh nghiep 5800123456', 'business'],
  ['đường trước nhà e ổ gà quá', 'feedback'],
  ['rac de 3 ngay ko ai thu', 'feedback'],
  ['hàng xóm hát karaoke tới 12h đêm', 'feedback'],
  ['den duong hem 45 hu 1 thang roi', 'feedback'],
  ['ngập nặng quá ở đường lê lợi', 'feedback'],
  ['phan anh can bo phuong thai do qua te', 'feedback'],
  ['cống thoát nước bị nghẹt bốc mùi', 'feedback'],
  ['xe tai cho dat roi vai khap duong', 'feedback'],
  ['có người đổ trộm xà bần ở bãi đất trống', 'feedback'],
  ['quán nhậu lấn chiếm vỉa hè', 'feedback'],
  ['cay xanh nga chan duong', 'feedback'],
  ['kiến nghị làm thêm biển báo ở ngã tư', 'feedback'],
  ['xuong go gay on ca dem', 'feedback'],
  ['pothole on main road near my house', 'feedback'],
  ['garbage not collected one week my street', 'feedback'],
  ['noise from construction site at night', 'feedback'],
  ['phản ánh cơ sở chăn nuôi heo gây ô nhiễm', 'feedback'],
  ['nuoc may co mui la may hom nay', 'feedback'],
  ['dg xuong cap nguy hiem qua ad oi', 'feedback'],
  ['bên xây dựng lấn chiếm đất công', 'feedback'],
  ['khoi dot rom ra ngop tho', 'feedback'],
  ['ddeenf giao thoong ngax tuw bij hongr', 'feedback'],
  ['cán bộ một cửa gây khó dễ đòi tiền', 'feedback'],
  ['đề nghị xây thêm trường mẫu giáo', 'feedback'],
  ['cho tu phat hop lon chiem duong', 'feedback'],
  ['nhà máy xả nước thải ra sông', 'feedback'],
  ['chó thả rông cắn người trong khu phố', 'feedback'],
  ['ong nuoc bi vo chay lenh lang', 'feedback'],
  ['tôi muốn gửi kiến nghị về quy hoạch', 'feedback'],
  ['bi thu tien sai ko co bien lai', 'feedback'],
  ['đèn đường khu phố 3 tắt hết mấy tuần nay', 'feedback'],
  ['o day ngap moi lan mua k ai xu ly', 'feedback'],
  ['dây điện chằng chịt nguy hiểm trên cột', 'feedback'],
  ['PA-2026-000123 xu ly chua', 'feedback_ticket'],
  ['tra phan anh PA-2026-000456', 'feedback_ticket'],
  ['phản ánh tôi gửi hôm trước có trả lời chưa', 'feedback_ticket'],
  ['status of ticket PA-2025-004521', 'feedback_ticket'],
  ['kien nghi e gui sao chua thay phan hoi', 'feedback_ticket'],
  ['mã PA-2026-000789 đến đâu r', 'feedback_ticket'],
  ['check PA 2026 001234', 'feedback_ticket'],
  ['phan anh duong hu e gui 2 tuan ko ai xl', 'feedback_ticket'],
  ['xem kq phản ánh số PA-2026-000321', 'feedback_ticket'],
  ['any answer for my report PA-2026-000654', 'feedback_ticket'],
  ['danh sách kiến nghị của e', 'my_feedback'],
  ['e gui may phan anh roi xem lai dc ko', 'my_feedback'],
  ['show my reports', 'my_feedback'],
  ['đăng ký nhận tin cắt điện', 'subscriptions'],
  ['muốn nhận thông báo thời tiết nguy hiểm', 'subscriptions'],
  ['subscribe tin y te', 'subscriptions'],
  ['doi chu de nhan tin', 'subscriptions'],
  ['e đang nhận những tin gì', 'subscriptions'],
  ['how to get announcement from province', 'subscriptions'],
  ['nhận thông báo tuyển sinh lớp 1', 'subscriptions'],
  ['dang ky nhan tin bao lu', 'subscriptions'],
  ['ko muon nhan tin cat dien nua', 'unsubscribe'],
  ['bot nhắn nhiều tin quá tắt giúp e', 'unsubscribe'],
  ['cho e gặp cán bộ', 'handoff'],
  ['ad thật ơi trả lời e với', 'handoff'],
  ['ket noi nhan vien ho tro', 'handoff'],
  ['talk to real person please', 'handoff'],
  ['gặp cán bộ trực', 'handoff'],
  ['bot ko hieu gi het cho gap nguoi', 'handoff'],
  ['số hotline bn', 'help'],
  ['giờ làm việc bộ phận một cửa', 'help'],
  ['email của ubnd tỉnh là gì', 'help'],
  ['thu 7 co lam viec ko', 'help'],
  ['office address and working hour', 'help'],
  ['bot này dùng ntn', 'help'],
  ['day la trang gi vay', 'welcome'],
  ['bn là ai', 'welcome'],
  ['can we speak english', 'language'],
  ['tiếng việt đi', 'language'],
  ['bot lưu thông tin gì của tôi', 'my_data'],
  ['xem du lieu ca nhan cua e', 'my_data'],
  ['what personal data you have about me', 'my_data'],
  ['oa giu sdt cua toi ko', 'my_data'],
  ['xóa số điện thoại tôi khỏi hệ thống', 'erase_my_data'],
  ['xoá hết thông tin cá nhân e đã cung cấp', 'erase_my_data'],
  ['tra phat nguoi o dau', 'none'],
  ['điểm thi vào 10 bao giờ có', 'none'],
  ['benh vien tinh lam viec may gio', 'none'],
  ['ngân hàng mở cửa thứ 7 ko', 'none'],
  ['hihi', 'none'],
  ['thanks', 'none'],
  ['nhận làm bằng đại học giá rẻ ib', 'none'],
  ['vay tien nhanh khong the chap lh 0901234567', 'none'],
  ['thanh toan tien dien o dau', 'none'],
  ["what's the weather tomorrow", 'none'],
  ['exchange rate usd vnd', 'none'],
  ['where to buy sim card', 'none'],
  ['bot xinh qua', 'none'],
  ['ok cam on nha', 'none'],
  ['bán hàng online nhận ctv', 'none'],
  ['xe buýt số mấy đi sân bay', 'none'],
  ['tra cuu bhxh cua toi', 'none'],
  ['đặt lịch khám bệnh viện', 'none'],
  ['so taxi mai linh', 'none'],
  ['hom nay an gi', 'none'],
  ['tra diem thi thpt', 'none'],
  ['kqxs hom nay', 'none'],
  ['bye bye', 'none'],
  ['ai cần mua đất liên hệ em', 'none'],
];

// Tuning 48 (244 messages, written blind on 2026-12-04 from the list of labels only, to be learnt from, not to
// study: formal and specific: letters, business owners, land and civil status, pasted notices, foreigners).
const batch48Tune: [string, string][] = [
  [
    'Kính gửi Trung tâm Phục vụ hành chính công tỉnh, tôi muốn hỏi thủ tục đăng ký khai sinh cho con thứ hai sinh tại bệnh viện tỉnh cần chuẩn bị những giấy tờ gì và nộp tại UBND xã hay huyện ạ?',
    'procedure',
  ],
  [
    'Tôi tên là Nguyễn Thị Hồng, cư trú tại phường Tân An. Đề nghị cho tôi biết hồ sơ tách thửa đất nông nghiệp 1.200 m2 gồm những gì, lệ phí bao nhiêu và thời gian giải quyết mấy ngày. Trân trọng.',
    'procedure',
  ],
  [
    'Xin hỏi thủ tục chuyển mục đích sử dụng đất từ đất trồng cây lâu năm sang đất ở nông thôn cần những giấy tờ gì và nộp ở đâu?',
    'procedure',
  ],
  [
    'Kính gửi quý cơ quan, tôi cần xin giấy phép xây dựng nhà ở riêng lẻ 3 tầng tại đô thị, xin hướng dẫn thành phần hồ sơ và thời hạn cấp phép.',
    'procedure',
  ],
  [
    'Tôi muốn đăng ký hộ kinh doanh bán tạp hóa tại nhà, xin hỏi cần những giấy tờ gì, nộp trực tuyến được không và lệ phí là bao nhiêu?',
    'procedure',
  ],
  [
    'Thủ tục cấp phiếu lý lịch tư pháp số 2 để đi xuất khẩu lao động Nhật Bản cần chuẩn bị gì ạ, có làm qua VNeID được không?',
    'procedure',
  ],
  [
    'Kính gửi Sở Tư pháp, đề nghị hướng dẫn thủ tục đăng ký kết hôn với người nước ngoài (quốc tịch Hàn Quốc), hồ sơ cần hợp pháp hóa lãnh sự những giấy tờ nào?',
    'procedure',
  ],
  [
    'Con tôi 13 tuổi, xin hỏi thủ tục cấp căn cước cho trẻ dưới 14 tuổi khác gì so với người trên 14 tuổi, làm ở công an xã được không?',
    'procedure',
  ],
  [
    'Tôi là người thuê trọ ở phường Hòa Khánh, xin hỏi thủ tục đăng ký tạm trú có bắt buộc hợp đồng thuê nhà phải công chứng không?',
    'procedure',
  ],
  [
    'Thủ tục đăng ký thường trú vào nhà của người thân (chú ruột) cần văn bản đồng ý như thế nào, có phải chứng thực không ạ?',
    'procedure',
  ],
  [
    'Xin hướng dẫn thủ tục đăng ký khai tử cho bố tôi mất tại nhà ngày 12/3, thời hạn đăng ký là bao nhiêu ngày và ai được đi đăng ký?',
    'procedure',
  ],
  [
    'Kính gửi UBND tỉnh, tôi muốn hỏi thủ tục cấp trích lục bản sao giấy khai sinh do bản gốc bị mất, có thể xin ở nơi đang cư trú chứ không phải nơi đăng ký ban đầu không?',
    'procedure',
  ],
  [
    'Doanh nghiệp chúng tôi muốn thay đổi người đại diện theo pháp luật của công ty TNHH hai thành viên, xin hướng dẫn hồ sơ và thời gian xử lý tại Phòng Đăng ký kinh doanh.',
    'procedure',
  ],
  [
    'Thủ tục xin cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm cho cơ sở sản xuất bánh kẹo quy mô hộ gia đình gồm những gì, phí thẩm định bao nhiêu?',
    'procedure',
  ],
  [
    'Tôi là thương binh hạng 3/4, xin hỏi thủ tục di chuyển hồ sơ hưởng trợ cấp ưu đãi người có công từ tỉnh khác về tỉnh nhà cần những giấy tờ gì?',
    'procedure',
  ],
  [
    'Mẹ tôi 81 tuổi không có lương hưu, xin hỏi thủ tục đề nghị hưởng trợ cấp xã hội hàng tháng cho người cao tuổi nộp ở đâu và cần giấy tờ gì?',
    'procedure',
  ],
  [
    'Đề nghị hướng dẫn thủ tục công nhận hộ cận nghèo năm 2025, gia đình tôi có 5 người, thu nhập giảm do chồng bị tai nạn lao động.',
    'procedure',
  ],
  [
    'Xin hỏi thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất (sổ đỏ) mẫu cũ sang mẫu mới khi đo đạc lại diện tích tăng thêm 15 m2.',
    'procedure',
  ],
  [
    'Thủ tục đăng ký biến động đất đai khi nhận thừa kế quyền sử dụng đất từ cha mẹ đã mất, không có di chúc, có cần văn bản thỏa thuận phân chia di sản không ạ?',
    'procedure',
  ],
  [
    'Kính gửi quý cơ quan, công ty tôi cần xin giấy phép lao động cho chuyên gia người Ấn Độ, xin hướng dẫn thành phần hồ sơ và cơ quan tiếp nhận.',
    'procedure',
  ],
  [
    'Hộ kinh doanh của tôi muốn tạm ngừng kinh doanh 6 tháng, xin hỏi thủ tục thông báo tạm ngừng và trong thời gian đó có phải nộp thuế khoán không?',
    'procedure',
  ],
  [
    'Thủ tục xin giấy xác nhận tình trạng hôn nhân để bán nhà đất, tôi đã ly hôn năm 2019, cần mang theo bản án hay quyết định ly hôn bản gốc?',
    'procedure',
  ],
  [
    'Tôi muốn hỏi thủ tục chứng thực bản sao từ bản chính và chứng thực chữ ký trên giấy ủy quyền, lệ phí mỗi trang là bao nhiêu?',
    'procedure',
  ],
  [
    'Xin hướng dẫn thủ tục cấp giấy phép bán lẻ rượu và giấy phép bán lẻ sản phẩm thuốc lá cho cửa hàng tiện lợi.',
    'procedure',
  ],
  ['Thủ tục xin cấp lại giấy chứng nhận đăng ký hộ kinh doanh do bị mất bản gốc gồm những gì ạ?', 'procedure'],
  [
    'Đề nghị cho biết thủ tục thành lập doanh nghiệp tư nhân, vốn đầu tư 500 triệu đồng, ngành nghề vận tải hàng hóa bằng ô tô, có cần giấy phép con không?',
    'procedure',
  ],
  [
    'Tôi cần làm thủ tục đăng ký lại khai sinh cho bản thân (sinh năm 1975) vì sổ hộ tịch gốc bị thất lạc, phải có giấy tờ chứng minh gì?',
    'procedure',
  ],
  [
    'Xin hỏi thủ tục cấp giấy phép xây dựng có thời hạn đối với đất nằm trong quy hoạch mở đường, công trình được tồn tại bao lâu?',
    'procedure',
  ],
  [
    'Kính gửi Sở Lao động - Thương binh và Xã hội, xin hướng dẫn thủ tục hưởng trợ cấp thất nghiệp, tôi đã đóng BHTN 4 năm, phải nộp hồ sơ trong bao nhiêu ngày kể từ khi nghỉ việc?',
    'procedure',
  ],
  [
    'Thủ tục liên thông đăng ký khai sinh, đăng ký thường trú và cấp thẻ BHYT cho trẻ dưới 6 tuổi trên Cổng dịch vụ công thực hiện thế nào ạ?',
    'procedure',
  ],
  ['Xin hỏi thủ tục đăng ký giám hộ cho cháu ruột 9 tuổi mồ côi cả cha lẫn mẹ cần những giấy tờ gì.', 'procedure'],
  [
    'Xin hỏi thủ tục thay đổi, cải chính hộ tịch để sửa năm sinh sai trong giấy khai sinh cho người trên 18 tuổi, lệ phí bao nhiêu?',
    'procedure',
  ],
  [
    'Thủ tục đăng ký nhận cha, mẹ, con khi cha mẹ chưa đăng ký kết hôn cần những giấy tờ gì, có bắt buộc xét nghiệm ADN không?',
    'procedure',
  ],
  [
    'Thủ tục đổi giấy phép lái xe do nước ngoài cấp sang giấy phép lái xe Việt Nam có cần bản dịch công chứng không, nộp tại Sở Giao thông vận tải phải không?',
    'procedure',
  ],
  [
    'Dear Sir/Madam, I am a Korean national working in the industrial park. Could you please advise which documents I need to register temporary residence for my family and where to submit them?',
    'procedure',
  ],
  [
    'Hello, I am an Australian citizen planning to marry a Vietnamese woman in this province. What is the procedure for marriage registration with a foreigner, and what are the fees and processing time?',
    'procedure',
  ],
  [
    'Good afternoon. Our company (a Japanese-invested LLC) needs to amend its investment registration certificate to add a new business line. Which office handles this and what documents are required?',
    'procedure',
  ],
  [
    'I would like to know the procedure to obtain a Vietnamese criminal record certificate (Ly lich tu phap) as a foreigner who resided here for 3 years. Thank you.',
    'procedure',
  ],
  [
    'Kính gửi Trung tâm PVHCC, tôi đã nộp hồ sơ cấp giấy phép xây dựng mã 000.00.21.H13-240315-0042 ngày 15/3, đến nay quá hạn hẹn trả 5 ngày, đề nghị cho biết hồ sơ đang ở bước nào.',
    'dossier',
  ],
  ['Tra cứu hồ sơ 000.00.15.H02-241108-0127', 'dossier'],
  [
    'Tôi tên là Trần Văn Lực, hồ sơ tách thửa mã H40.22-250106-0019 nộp tại Bộ phận một cửa huyện, xin hỏi đã có kết quả chưa?',
    'dossier',
  ],
  [
    'Phiếu hẹn trả kết quả: "Mã hồ sơ: 000.31.25.H56-250210-0003 – Thủ tục: Đăng ký khai sinh – Ngày hẹn trả: 12/02/2025". Cho tôi hỏi hồ sơ này đã xong chưa?',
    'dossier',
  ],
  [
    'Hồ sơ đăng ký hộ kinh doanh của tôi nộp trực tuyến tuần trước, mã G22.36-241212-0088, trạng thái vẫn "đang xử lý", xin kiểm tra giúp.',
    'dossier',
  ],
  [
    'Xin hỏi hồ sơ chuyển mục đích sử dụng đất của gia đình tôi đến đâu rồi ạ, mã số 000.00.10.H17-241020-1145.',
    'dossier',
  ],
  [
    'Kính gửi quý cơ quan, hồ sơ cấp lý lịch tư pháp số 000.00.01.H29-250103-0456 đã được Sở Tư pháp ký chưa? Tôi cần gấp để nộp hồ sơ visa.',
    'dossier',
  ],
  [
    'Mã biên nhận 000.22.33.H31-241230-0007, thủ tục cấp đổi sổ đỏ, đề nghị cho biết tình trạng xử lý và lý do chậm trễ nếu có.',
    'dossier',
  ],
  [
    'Tôi nhận được tin nhắn "Hồ sơ 000.00.09.H44-250115-0210 cần bổ sung", xin hỏi hồ sơ này đang bị yêu cầu bổ sung những giấy tờ gì?',
    'dossier',
  ],
  [
    'Hồ sơ hưởng trợ cấp người có công của bố tôi nộp từ tháng 9, mã H36.10-240912-0333, đến giờ chưa có quyết định, nhờ kiểm tra giúp.',
    'dossier',
  ],
  ['Hồ sơ của tôi đến đâu rồi? Mã: 000.00.05.H23-250120-0061', 'dossier'],
  ['kiem tra ho so 000.18.24.H47-241205-0092 giup toi', 'dossier'],
  [
    'Công ty chúng tôi nộp hồ sơ đề nghị cấp giấy chứng nhận đủ điều kiện ATTP, số biên nhận 000.00.14.H64-241118-0015, xin cho biết đã có lịch thẩm định thực tế chưa.',
    'dossier',
  ],
  [
    'Tôi nộp hồ sơ đăng ký kết hôn hôm thứ Hai, mã 000.20.30.H35-250217-0004, hôm nay đã lấy kết quả được chưa ạ?',
    'dossier',
  ],
  [
    'Kính gửi, hồ sơ cấp giấy phép lao động mã 000.00.12.H49-250108-0301 nộp qua dịch vụ công trực tuyến đã quá 5 ngày làm việc, đề nghị cho biết kết quả.',
    'dossier',
  ],
  ['Cho tôi tra cứu tình trạng hồ sơ đăng ký thường trú của mẹ tôi, mã số 000.25.11.H52-250122-0018.', 'dossier'],
  [
    'Hồ sơ xin cấp giấy phép xây dựng của tôi bị trả về hay vẫn đang thẩm định? Số hồ sơ: H13.21-241201-0550',
    'dossier',
  ],
  [
    'Hello, I submitted my temporary residence card application, file code 000.00.07.H26-250114-0077. Could you please check its current status?',
    'dossier',
  ],
  ['Status of dossier 000.00.15.H02-250203-0012 please. It is my work permit renewal.', 'dossier'],
  [
    'Kính gửi, hồ sơ đăng ký kết hôn có yếu tố nước ngoài biên nhận số 000.19.22.H40-250109-0005 hẹn trả ngày 20/1, xin hỏi đã có giấy chứng nhận kết hôn chưa.',
    'dossier',
  ],
  [
    'Tôi đã nộp hồ sơ đề nghị hỗ trợ sửa nhà cho hộ nghèo, biên nhận số 000.27.14.H25-241010-0038, xin cho biết hồ sơ đã được phê duyệt chưa.',
    'dossier',
  ],
  [
    'Đề nghị kiểm tra hồ sơ đăng ký biến động (tặng cho QSDĐ) mã 000.00.17.H43-241125-0260, Văn phòng đăng ký đất đai hẹn 30 ngày mà nay đã 45 ngày.',
    'dossier',
  ],
  ['Hồ sơ trích lục kết hôn mã 000.03.20.H19-250206-0011 của tôi đã được ký chưa ạ?', 'dossier'],
  [
    'Hồ sơ cấp lại giấy chứng nhận hộ kinh doanh mã 000.23.16.H20-250127-0044 nộp tại UBND huyện, cho tôi biết trạng thái hiện tại.',
    'dossier',
  ],
  [
    'Hồ sơ khai tử cho bà nội tôi nộp hôm qua, tôi làm mất giấy biên nhận nhưng còn nhớ mã 000.08.19.H38-250219-0002, nhờ tra giúp.',
    'dossier',
  ],
  [
    'Tôi là kế toán Công ty CP Xây dựng Minh Phát, hồ sơ đề nghị cấp chứng chỉ năng lực hoạt động xây dựng mã 000.00.22.H34-241227-0019, xin cho biết đã có kết quả chưa.',
    'dossier',
  ],
  [
    'Xin hỏi hồ sơ hưởng trợ cấp xã hội cho người khuyết tật của em trai tôi, mã 000.26.10.H06-250110-0027, đã được Phòng LĐ-TB&XH duyệt chưa?',
    'dossier',
  ],
  ['Mã hồ sơ 000.00.15.H02-250211-0031, hôm nay đã trả kết quả chưa?', 'dossier'],
  [
    'Kính gửi UBND phường, hồ sơ đăng ký tạm trú số 000.41.12.H53-250214-0009 tôi nộp online đã được duyệt chưa, tôi cần để bổ sung hồ sơ nhập học cho con.',
    'dossier',
  ],
  [
    'Mã hồ sơ 000.00.11.H27-250116-0140 (đăng ký thành lập hộ kinh doanh), cho tôi biết đã được cấp giấy chứng nhận và mã số hộ kinh doanh chưa?',
    'dossier',
  ],
  [
    'Tôi đã nộp nhiều hồ sơ đất đai trong năm nay nhưng làm mất hết giấy biên nhận, đề nghị liệt kê giúp các hồ sơ tôi đã nộp theo số điện thoại 0912 345 678.',
    'my_dossiers',
  ],
  ['Xin cho xem danh sách tất cả hồ sơ thủ tục hành chính tôi đã nộp trên Cổng dịch vụ công của tỉnh.', 'my_dossiers'],
  ['Tôi quên mã hồ sơ khai sinh cho con rồi, có cách nào xem lại các hồ sơ mình đã nộp không ạ?', 'my_dossiers'],
  [
    'Kính gửi, tôi là kế toán của hộ kinh doanh Phúc Lộc, đã nộp 3 hồ sơ (thay đổi địa điểm, bổ sung ngành nghề, ATTP) nhưng không nhớ mã, xin tra cứu toàn bộ hồ sơ theo SĐT đăng ký 0987 654 321.',
    'my_dossiers',
  ],
  ['Các hồ sơ tôi đã nộp từ đầu năm đến nay gồm những hồ sơ nào và trạng thái từng hồ sơ ra sao?', 'my_dossiers'],
  [
    'I have lost the receipt codes. Could you show me all the applications I have submitted with my phone number +84 903 112 233?',
    'my_dossiers',
  ],
  ['Liệt kê các hồ sơ tôi đã nộp.', 'my_dossiers'],
  ['Tôi muốn chia sẻ số điện thoại để xem lại toàn bộ hồ sơ đã nộp, làm thế nào ạ?', 'my_dossiers'],
  [
    'Xin kiểm tra giúp tôi có hồ sơ nào đang chờ bổ sung không, tôi nộp mấy bộ hồ sơ ở phường mà không nhớ mã.',
    'my_dossiers',
  ],
  ['Đề nghị thông báo cho tôi qua Zalo khi hồ sơ 000.00.21.H13-240315-0042 có kết quả.', 'dossier_follow'],
  [
    'Tôi muốn theo dõi hồ sơ cấp đổi sổ đỏ mã 000.22.33.H31-241230-0007, khi nào chuyển bước thì nhắn tin báo tôi.',
    'dossier_follow',
  ],
  [
    'Kính gửi, do tôi đi công tác xa, đề nghị hệ thống tự động báo khi hồ sơ đăng ký kết hôn mã 000.20.30.H35-250217-0004 được ký và sẵn sàng trả kết quả.',
    'dossier_follow',
  ],
  ['Nhận thông báo trạng thái hồ sơ 000.00.12.H49-250108-0301', 'dossier_follow'],
  ['Please notify me when my dossier 000.00.07.H26-250114-0077 is approved.', 'dossier_follow'],
  [
    'Tôi có thể đăng ký nhận tin tự động khi hồ sơ 000.00.15.H02-250203-0012 (gia hạn giấy phép lao động) có kết quả không?',
    'dossier_follow',
  ],
  [
    'Cho tôi đăng ký nhận tin khi hồ sơ lý lịch tư pháp của tôi có kết quả, mã 000.00.01.H29-250103-0456.',
    'dossier_follow',
  ],
  [
    'Hồ sơ hộ kinh doanh mã G22.36-241212-0088 khi nào cần bổ sung hay có kết quả thì báo cho tôi biết với, tôi không có thời gian vào tra cứu suốt.',
    'dossier_follow',
  ],
  ['Bật thông báo theo dõi hồ sơ trợ cấp người cao tuổi của mẹ tôi, mã 000.26.10.H06-250110-0031.', 'dossier_follow'],
  [
    'Hồ sơ 000.00.21.H13-240315-0042 tôi đã nhận giấy phép rồi, đề nghị dừng gửi thông báo về hồ sơ này.',
    'dossier_unfollow',
  ],
  ['Không theo dõi hồ sơ 000.22.33.H31-241230-0007 nữa.', 'dossier_unfollow'],
  [
    'Kính gửi, tôi đã rút hồ sơ đăng ký hộ kinh doanh mã G22.36-241212-0088, xin ngừng gửi tin nhắn cập nhật trạng thái hồ sơ này.',
    'dossier_unfollow',
  ],
  [
    'Please stop sending me updates about dossier 000.00.07.H26-250114-0077, I have already collected the card.',
    'dossier_unfollow',
  ],
  ['Tôi không muốn nhận thông báo về hồ sơ khai sinh của con nữa, hủy theo dõi giúp tôi.', 'dossier_unfollow'],
  ['Hủy nhận thông báo tiến độ hồ sơ 000.00.12.H49-250108-0301.', 'dossier_unfollow'],
  ['Tôi đang theo dõi những hồ sơ nào? Xin cho xem danh sách.', 'follows'],
  ['Cho tôi xem các hồ sơ tôi đã đăng ký nhận thông báo trạng thái.', 'follows'],
  [
    'Kính gửi, tôi đăng ký theo dõi mấy hồ sơ cho cả gia đình, giờ không nhớ đã theo dõi những mã nào, đề nghị liệt kê giúp.',
    'follows',
  ],
  ['Xem danh sách hồ sơ đang theo dõi.', 'follows'],
  ['Những hồ sơ nào đang được gửi thông báo tự động về số Zalo này?', 'follows'],
  [
    'Đề nghị tra cứu thông tin doanh nghiệp có mã số thuế 0401234567: còn hoạt động không, địa chỉ trụ sở và người đại diện theo pháp luật là ai?',
    'business',
  ],
  [
    'Tôi là kế toán, cần kiểm tra MST 3702987654 của đối tác trước khi xuất hóa đơn, công ty này có đang ngừng hoạt động hay bị khóa mã số thuế không?',
    'business',
  ],
  ['Tra cứu mã số thuế 8012345678 hộ kinh doanh Nguyễn Văn Bình.', 'business'],
  [
    'Kính gửi, xin cho biết Công ty TNHH Thương mại Dịch vụ Hoàng Gia Phát có trụ sở tại tỉnh này còn hoạt động không, người đại diện là ai?',
    'business',
  ],
  [
    'Công ty CP Đầu tư Xây dựng An Phú Thịnh có đăng ký ngành nghề xây dựng nhà ở không, địa chỉ ở đâu ạ? Tôi chuẩn bị ký hợp đồng xây nhà với họ.',
    'business',
  ],
  ['Nhờ kiểm tra giúp hộ kinh doanh "Quán cơm Bà Tư" trên đường Lê Lợi có đăng ký kinh doanh không.', 'business'],
  ['MST 0316547892 – Công ty TNHH Vận tải Bắc Nam. Xin hỏi ngày thành lập và tình trạng hoạt động.', 'business'],
  [
    'Hóa đơn đầu vào tôi nhận có MST người bán 4201765432, đề nghị xác minh giúp doanh nghiệp này có thật và đang hoạt động không.',
    'business',
  ],
  [
    'Could you check whether the company with tax code 0109876543 is still active and who its legal representative is?',
    'business',
  ],
  [
    "I'm doing due diligence on a local supplier, Minh Long Ceramics JSC. Please provide the registered address and operating status.",
    'business',
  ],
  ['MST 3603214567 có phải doanh nghiệp đăng ký tại tỉnh mình không?', 'business'],
  ['Xin cho biết người đại diện theo pháp luật của Hợp tác xã Nông nghiệp Tân Tiến, mã số 2300876123.', 'business'],
  [
    'Tôi muốn tra cứu thông tin hộ kinh doanh theo tên chủ hộ Lê Thị Mai, kinh doanh vật liệu xây dựng tại xã Phước Hòa.',
    'business',
  ],
  [
    'Kính gửi, đề nghị xác nhận Công ty TNHH MTV Môi trường Xanh Sông Hàn (MST 0401567890) đã giải thể hay chưa.',
    'business',
  ],
  ['Kiểm tra tình trạng pháp lý doanh nghiệp 2802345671 giúp tôi.', 'business'],
  ['Doanh nghiệp tư nhân Thành Đạt có mã số thuế là bao nhiêu và địa chỉ ở đâu ạ?', 'business'],
  [
    'Trước khi cho thuê mặt bằng, tôi muốn kiểm tra Công ty TNHH F&B Sài Gòn Xanh (MST 0315678901) có chi nhánh đăng ký tại tỉnh không.',
    'business',
  ],
  ['tra cuu mst 0601234789', 'business'],
  [
    'Xin thông tin đăng ký kinh doanh của cơ sở karaoke Hoàng Hôn ở phường 3: chủ cơ sở là ai, đăng ký ngày nào?',
    'business',
  ],
  [
    'Mã số thuế 0402233445 có phải của Công ty CP Thực phẩm Đà Thành không, và công ty này đang tạm ngừng kinh doanh đúng không?',
    'business',
  ],
  [
    'Đề nghị tra cứu: chi nhánh Công ty TNHH Điện máy Hưng Long tại huyện Núi Thành, mã số 4000987654-001, còn hoạt động không?',
    'business',
  ],
  [
    'Công ty nợ lương tôi tên là Công ty TNHH May mặc Phú Quý, tôi cần biết địa chỉ trụ sở chính và tên người đại diện theo pháp luật để gửi đơn.',
    'business',
  ],
  [
    'Đề nghị cung cấp thông tin đăng ký kinh doanh của Công ty TNHH Hải sản Sao Thái Bình Dương: địa chỉ trụ sở và tên giám đốc.',
    'business',
  ],
  [
    'Tôi là chủ hộ kinh doanh, muốn kiểm tra thông tin hộ kinh doanh của mình trên hệ thống đã cập nhật địa chỉ mới chưa, mã số hộ kinh doanh 33A8012345.',
    'business',
  ],
  ['Hộ kinh doanh Tiệm vàng Kim Ngân (MST 8123456789) có giấy đăng ký kinh doanh không?', 'business'],
  [
    'Xin cho biết ngành nghề kinh doanh chính đã đăng ký của Công ty CP Du lịch Biển Xanh, mã số doanh nghiệp 4101234567.',
    'business',
  ],
  [
    'Kính gửi UBND tỉnh, tôi xin phản ánh tuyến đường ĐT 605 đoạn qua thôn 3 xã Điện Thọ xuất hiện nhiều ổ gà sâu khoảng 20 cm, đã xảy ra 2 vụ tai nạn xe máy trong tuần. Đề nghị sớm khắc phục.',
    'feedback',
  ],
  [
    'Phản ánh: Cơ sở chế biến cá khô tại tổ 7 phường Hòa Hiệp Bắc xả nước thải chưa qua xử lý ra mương thoát nước, mùi hôi nồng nặc cả ngày. Đề nghị cơ quan chức năng kiểm tra xử lý.',
    'feedback',
  ],
  [
    'Tôi tên là Phạm Quốc Huy, xin phản ánh thái độ của cán bộ tiếp nhận hồ sơ tại Bộ phận một cửa UBND phường An Khê sáng 18/2: không hướng dẫn, nói năng thiếu tôn trọng, yêu cầu nộp thêm giấy tờ không có trong quy định.',
    'feedback',
  ],
  [
    'Hệ thống đèn chiếu sáng đường Nguyễn Tất Thành đoạn từ cầu Thuận Phước đến ngã ba Xuân Dương bị hỏng hơn 2 tuần, buổi tối rất nguy hiểm. Đề nghị sửa chữa.',
    'feedback',
  ],
  [
    'Rác thải tập kết tại góc đường Trần Cao Vân - Lý Thái Tổ không được thu gom 4 ngày nay, bốc mùi và tràn xuống lòng đường. Kính đề nghị đơn vị môi trường xử lý.',
    'feedback',
  ],
  [
    'Kiến nghị: quán karaoke số 45 đường Hùng Vương hát đến 1-2 giờ sáng, ảnh hưởng giấc ngủ của người dân và học sinh. Đề nghị công an phường kiểm tra.',
    'feedback',
  ],
  [
    'Mưa lớn đêm qua khiến khu dân cư Phước Lý ngập sâu 50 cm do cống thoát nước bị bịt, nhiều nhà bị nước tràn vào. Đề nghị nạo vét cống.',
    'feedback',
  ],
  [
    'Kính gửi, tôi xin kiến nghị bố trí tiếp nhận hồ sơ vào sáng thứ Bảy tại Trung tâm hành chính công huyện vì người lao động không thể nghỉ làm ngày thường.',
    'feedback',
  ],
  [
    'Phản ánh xây dựng trái phép: hộ ông Nguyễn Văn T. tại tổ 12 đang xây nhà lấn ra hành lang an toàn đường bộ khoảng 2 m, không có giấy phép xây dựng.',
    'feedback',
  ],
  [
    'Đề nghị xem xét việc xe tải chở cát quá tải chạy qua đường liên xã Hòa Phong – Hòa Khương làm đường nứt vỡ, bụi mù mịt.',
    'feedback',
  ],
  [
    'Hồ sơ cấp sổ đỏ của tôi bị trễ hẹn 3 lần mà không có văn bản xin lỗi hay giải thích, tôi muốn phản ánh việc Văn phòng đăng ký đất đai chi nhánh huyện làm việc thiếu trách nhiệm.',
    'feedback',
  ],
  [
    'Cây xanh trước trường tiểu học Lê Văn Tám bị nghiêng sau bão, có nguy cơ đổ vào học sinh, đề nghị cắt tỉa gấp.',
    'feedback',
  ],
  [
    'Tôi kiến nghị UBND xã công khai danh sách hộ nghèo năm 2025 vì có trường hợp gia đình có ô tô vẫn được xét hộ nghèo, không công bằng.',
    'feedback',
  ],
  [
    "Dear authorities, I'd like to report a broken traffic light at the intersection of Vo Nguyen Giap and Pham Van Dong. It has been flashing yellow for three days and causes dangerous situations.",
    'feedback',
  ],
  [
    'Complaint: a construction site next to our hotel on An Thuong 4 street operates until midnight, creating loud noise. Our guests are complaining. Please take action.',
    'feedback',
  ],
  ['Có người đổ trộm xà bần thành đống lớn trên bãi biển gần khu vực Mỹ Khê, đề nghị thu dọn và xử phạt.', 'feedback'],
  [
    'Phản ánh cán bộ địa chính xã gợi ý "chi phí bôi trơn" để đẩy nhanh hồ sơ tách thửa. Tôi có ghi âm, đề nghị cơ quan có thẩm quyền xác minh xử lý.',
    'feedback',
  ],
  [
    'Đường ống nước sạch bị vỡ trước nhà số 112 Phan Chu Trinh, nước chảy tràn ra đường từ sáng, đề nghị Công ty cấp nước xử lý.',
    'feedback',
  ],
  [
    'Kính gửi, chúng tôi là 15 hộ dân thôn Đông Yên, đề nghị làm lại cầu bắc qua suối vì cầu gỗ đã mục nát, học sinh đi học rất nguy hiểm.',
    'feedback',
  ],
  [
    'Trang Dịch vụ công của tỉnh bị lỗi không tải được tệp đính kèm PDF từ 3 ngày nay, không thể nộp hồ sơ trực tuyến. Đề nghị khắc phục.',
    'feedback',
  ],
  [
    'Tình trạng lấn chiếm vỉa hè bán hàng tại chợ Cồn kéo dài, người đi bộ phải đi xuống lòng đường. Kiến nghị lập lại trật tự đô thị.',
    'feedback',
  ],
  [
    'Đề nghị kiểm tra trại chăn nuôi heo gần khu dân cư thôn 5 xã Tam Anh, mùi hôi và ruồi nhặng ảnh hưởng sức khỏe người dân.',
    'feedback',
  ],
  [
    'Tôi phản ánh việc chi trả trợ cấp người có công tháng này bị chậm 20 ngày, cán bộ xã nói chưa có kinh phí. Đề nghị làm rõ.',
    'feedback',
  ],
  [
    'Có người đốt rác thải nhựa hằng đêm tại bãi đất trống cạnh chung cư Hòa Minh, khói độc bay vào nhà. Kính đề nghị xử lý.',
    'feedback',
  ],
  [
    'Cán bộ một cửa thu thêm phí photo 50.000 đồng ngoài lệ phí quy định mà không có biên lai. Tôi xin phản ánh để được xem xét.',
    'feedback',
  ],
  [
    'Kiến nghị lắp đặt biển báo và gờ giảm tốc tại ngã tư thôn Phú Sơn, nơi thường xuyên xảy ra va chạm giao thông.',
    'feedback',
  ],
  [
    'Trạm biến áp gần nhà tôi ở tổ 9 phường Thanh Khê Tây phát ra tiếng nổ lách tách và có tia lửa, sợ cháy, đề nghị ngành điện kiểm tra.',
    'feedback',
  ],
  [
    'Phản ánh tình trạng khai thác cát trái phép trên sông Thu Bồn đoạn qua xã Đại Hòa vào ban đêm gây sạt lở bờ.',
    'feedback',
  ],
  ['phan anh: mat nuoc sinh hoat 3 ngay o to 4 phuong Hoa Quy, khong co thong bao truoc', 'feedback'],
  [
    'Kính gửi, tôi đề nghị Sở Giao thông vận tải xem xét tăng chuyến xe buýt tuyến số 6 vào giờ cao điểm vì xe luôn quá tải.',
    'feedback',
  ],
  [
    'Tôi đã gửi phản ánh về ổ gà trên đường ĐT 605, mã phản ánh PA-2025-001234, đến nay đã được xử lý chưa?',
    'feedback_ticket',
  ],
  ['Xin cho biết kết quả trả lời phản ánh số 24.11.0587 về việc xả thải của cơ sở chế biến cá.', 'feedback_ticket'],
  [
    'Kính gửi, phản ánh mã PAKN-250115-0042 tôi gửi ngày 15/1 về thái độ cán bộ một cửa, đến nay đã quá 15 ngày chưa nhận được phản hồi. Đề nghị cho biết tình trạng xử lý.',
    'feedback_ticket',
  ],
  ['Tra cứu phản ánh số 1022345', 'feedback_ticket'],
  [
    'I submitted a complaint about the noisy construction site, ticket #PA-250206-0189. What is the status?',
    'feedback_ticket',
  ],
  ['Phản ánh số 20250112-0876 về đèn đường hỏng có cập nhật gì mới chưa?', 'feedback_ticket'],
  ['Kiến nghị của tôi mã số KN-2024-7781 đã được chuyển cho đơn vị nào xử lý?', 'feedback_ticket'],
  [
    'Phản ánh về rác thải tôi gửi hôm thứ Hai có mã 1688-0219, cho hỏi đã có văn bản trả lời chưa ạ?',
    'feedback_ticket',
  ],
  [
    'Tôi nhận được tin nhắn "Phản ánh PA-2025-003311 đã được tiếp nhận", vậy bao giờ có kết quả xử lý?',
    'feedback_ticket',
  ],
  ['Mã phản ánh 25020300045 – ngập nước khu dân cư Phước Lý – tình hình xử lý đến đâu rồi?', 'feedback_ticket'],
  ['kiem tra tinh trang phan anh PA-2025-000789', 'feedback_ticket'],
  [
    'Phản ánh số 2411-5523 về việc cán bộ thu thêm phí đã được xác minh chưa, tôi muốn biết kết quả.',
    'feedback_ticket',
  ],
  ['Xin cho xem danh sách các phản ánh, kiến nghị tôi đã gửi.', 'my_feedback'],
  [
    'Tôi đã gửi nhiều phản ánh trong năm nay nhưng không lưu mã, đề nghị liệt kê giúp tất cả phản ánh của tôi.',
    'my_feedback',
  ],
  ['Show me all the feedback reports I have sent.', 'my_feedback'],
  ['Các kiến nghị tôi gửi qua Zalo này gồm những cái nào, cái nào đã được trả lời?', 'my_feedback'],
  ['Kính gửi, tôi muốn xem lại toàn bộ phản ánh mình đã gửi từ tháng 10/2024 đến nay.', 'my_feedback'],
  ['Tôi muốn đăng ký nhận thông báo lịch cắt điện và cảnh báo thiên tai của tỉnh.', 'subscriptions'],
  [
    'Kính gửi, doanh nghiệp chúng tôi muốn nhận các thông báo về chính sách thuế, hỗ trợ doanh nghiệp và xúc tiến đầu tư của tỉnh qua Zalo OA. Xin hướng dẫn đăng ký.',
    'subscriptions',
  ],
  ['Cho tôi xem tôi đang đăng ký nhận những chủ đề tin nào và thêm chủ đề giáo dục.', 'subscriptions'],
  ["I'd like to subscribe to typhoon and flood warnings from the province, in English if possible.", 'subscriptions'],
  ['Đăng ký nhận tin y tế, tiêm chủng và dịch bệnh.', 'subscriptions'],
  ['Tôi muốn thay đổi chủ đề nhận tin: bỏ tin văn hóa du lịch, thêm tin cắt nước và cắt điện.', 'subscriptions'],
  [
    'Làm thế nào để nhận thông báo mới nhất của UBND tỉnh về chính sách người có công và bảo trợ xã hội?',
    'subscriptions',
  ],
  ['Xin đăng ký nhận thông báo tuyển dụng công chức, viên chức của tỉnh.', 'subscriptions'],
  ['Đề nghị ngừng gửi tất cả tin nhắn thông báo của OA cho số Zalo này.', 'unsubscribe'],
  ['Tôi không muốn nhận tin về lễ hội, du lịch nữa, hủy đăng ký chủ đề này giúp tôi.', 'unsubscribe'],
  ['Hủy đăng ký toàn bộ thông báo.', 'unsubscribe'],
  ['Hủy nhận tin cảnh báo thời tiết, tôi đã chuyển công tác ra tỉnh khác.', 'unsubscribe'],
  ['Kính gửi, đề nghị dừng gửi thông báo lịch cắt điện vì tôi không còn ở khu vực này.', 'unsubscribe'],
  [
    'Tôi muốn được trao đổi trực tiếp với cán bộ phụ trách đất đai, vấn đề của tôi phức tạp, chatbot không giải đáp được.',
    'handoff',
  ],
  [
    'Kính gửi, đề nghị chuyển cuộc trò chuyện cho chuyên viên Sở Kế hoạch và Đầu tư để tư vấn về dự án đầu tư của công ty.',
    'handoff',
  ],
  ['Cho tôi gặp người thật, không nói chuyện với máy.', 'handoff'],
  ['Can I speak to a human officer? My case about residence registration is not covered by your answers.', 'handoff'],
  ['Xin kết nối với cán bộ tư vấn thủ tục hộ tịch.', 'handoff'],
  ['Tôi cần nói chuyện với nhân viên trực tổng đài ngay bây giờ.', 'handoff'],
  ['Gặp cán bộ.', 'handoff'],
  ['Kính gửi, tôi là người cao tuổi không rành công nghệ, xin được cán bộ trực tiếp nhắn tin hướng dẫn.', 'handoff'],
  ['Xin cho biết số điện thoại đường dây nóng của Trung tâm Phục vụ hành chính công tỉnh.', 'help'],
  ['Trung tâm Phục vụ hành chính công tỉnh ở địa chỉ nào và làm việc mấy giờ, thứ Bảy có làm không?', 'help'],
  ['Địa chỉ email để gửi văn bản cho Văn phòng UBND tỉnh là gì ạ?', 'help'],
  ['What are the opening hours and address of the provincial Public Administrative Service Center?', 'help'],
  ['Hướng dẫn cách sử dụng chatbot này để tra cứu hồ sơ.', 'help'],
  ['Bộ phận một cửa của UBND huyện nghỉ trưa từ mấy giờ đến mấy giờ ạ?', 'help'],
  ['Xin số hotline hỗ trợ kỹ thuật Cổng dịch vụ công của tỉnh.', 'help'],
  ['Ở bộ phận một cửa có cán bộ hỗ trợ người nước ngoài bằng tiếng Anh không, số điện thoại liên hệ là gì?', 'help'],
  ['Kính gửi, cho tôi xin địa chỉ và số điện thoại của Sở Tài nguyên và Môi trường tỉnh.', 'help'],
  [
    'Nộp hồ sơ trực tiếp tại Trung tâm hành chính công thì có cần lấy số thứ tự trước không, đặt lịch hẹn qua đâu?',
    'help',
  ],
  ['Xin cho biết chatbot này hỗ trợ được những dịch vụ gì.', 'menu'],
  ['Hiển thị danh sách các tiện ích của trang.', 'menu'],
  ['Xin chào quý cơ quan.', 'welcome'],
  ['Kính chào, đây có phải là trang Zalo chính thức của UBND tỉnh không ạ?', 'welcome'],
  ['English please.', 'language'],
  ["Can we continue in English? I don't read Vietnamese.", 'language'],
  ['Chuyển sang tiếng Việt giúp tôi.', 'language'],
  ['Tôi muốn đổi ngôn ngữ trò chuyện sang tiếng Anh để người thân nước ngoài sử dụng.', 'language'],
  ['Tôi muốn biết OA đang lưu giữ những thông tin cá nhân nào của tôi (số điện thoại, họ tên, địa chỉ...).', 'my_data'],
  ['What personal data do you hold about me?', 'my_data'],
  [
    'Kính gửi, đề nghị cung cấp cho tôi các dữ liệu cá nhân mà chatbot đã thu thập từ tôi theo Nghị định 13/2023/NĐ-CP.',
    'my_data',
  ],
  ['Đề nghị xóa toàn bộ dữ liệu cá nhân của tôi mà trang này đang lưu.', 'erase_my_data'],
  [
    'Tôi không dùng nữa, đề nghị xóa số điện thoại và mọi thông tin cá nhân của tôi khỏi hệ thống chatbot.',
    'erase_my_data',
  ],
  ['Căn cứ Nghị định 13/2023/NĐ-CP, tôi yêu cầu xóa các thông tin cá nhân đã chia sẻ với OA.', 'erase_my_data'],
  [
    'Kính gửi Tòa án nhân dân huyện, tôi muốn hỏi vụ án tranh chấp đất đai thụ lý số 45/2024/TLST-DS bao giờ mở phiên xét xử?',
    'none',
  ],
  ['Tôi cần sao kê tài khoản ngân hàng Vietcombank 6 tháng gần nhất để bổ sung hồ sơ vay vốn, làm thế nào?', 'none'],
  [
    'Đề nghị cho biết kết quả trúng tuyển lớp 10 trường THPT chuyên Lê Quý Đôn của con tôi, số báo danh 012345.',
    'none',
  ],
  ['Xin hỏi giờ khám bệnh ngoài giờ của Bệnh viện Đa khoa tỉnh.', 'none'],
  [
    'Tôi muốn xin bản sao hồ sơ bệnh án điều trị nội trú năm 2023 tại Bệnh viện Phụ sản để làm bảo hiểm nhân thọ.',
    'none',
  ],
  [
    'Kính gửi Công ty TNHH Samsung Electronics, tôi đã nộp đơn ứng tuyển vị trí kỹ sư QA, xin cho biết lịch phỏng vấn.',
    'none',
  ],
  [
    'Hợp đồng mua bán căn hộ với chủ đầu tư có điều khoản phạt chậm thanh toán 0,05%/ngày, xin tư vấn tôi có nên ký không?',
    'none',
  ],
  ['Xin kết quả xổ số miền Trung hôm nay.', 'none'],
  ['Dự báo thời tiết ngày mai ở thành phố có mưa không?', 'none'],
  ['Chi nhánh BIDV đường Lê Duẩn thứ Bảy có làm việc không?', 'none'],
  ['Could you tell me my IELTS score? My candidate number is 102938.', 'none'],
  ['I need a copy of my medical records from Family Hospital for my insurance claim.', 'none'],
  ['My landlord refuses to return my deposit under our private lease. Can you force him to pay?', 'none'],
  ['Ok cảm ơn, tạm biệt.', 'none'],
  ['Cho tôi hỏi tra cứu phạt nguội xe ô tô biển 43A-123.45 ở trang web nào?', 'none'],
  ['Tôi muốn tra điểm thi tốt nghiệp THPT năm 2025 của em tôi, số báo danh 04001234.', 'none'],
  ['Đề nghị công ty tài chính FE Credit giảm lãi suất khoản vay tiêu dùng của tôi.', 'none'],
  ['Kính gửi, tôi cần mẫu hợp đồng đặt cọc mua bán đất giữa hai cá nhân, nhờ soạn giúp.', 'none'],
  ['Lịch tiêm vắc xin dịch vụ tại VNVC tháng này thế nào?', 'none'],
  ['Bán đất nền giá rẻ khu đô thị mới, sổ hồng riêng, liên hệ 0905 111 222.', 'none'],
  ['Tôi muốn hỏi đơn khởi kiện ly hôn tôi nộp tại Tòa án nhân dân thành phố đã được thụ lý chưa?', 'none'],
  ['Xin cho biết danh sách học sinh trúng tuyển vào lớp 6 trường THCS Nguyễn Khuyến năm học 2025-2026.', 'none'],
  ['Cho tôi hỏi lãi suất tiết kiệm kỳ hạn 12 tháng ở Agribank hiện nay.', 'none'],
  ['Tỷ giá đô la Mỹ hôm nay ở ngân hàng là bao nhiêu?', 'none'],
  ['Tôi nộp CV vào Tập đoàn Trường Hải vị trí kế toán tổng hợp, xin hỏi đã có kết quả chưa.', 'none'],
  [
    'Giấy báo tiền điện: "Mã KH: PC05AA0123456 – Tiền điện kỳ 01/2025: 1.245.600 đ". Vì sao tháng này hóa đơn tiền điện nhà tôi tăng gấp đôi?',
    'none',
  ],
  [
    'Biên lai thu phí bảo hiểm xe máy số 0012345 của công ty bảo hiểm PVI, tôi muốn hủy hợp đồng và lấy lại tiền thì làm sao?',
    'none',
  ],
  ['Nhờ giới thiệu luật sư giỏi để tôi thuê làm vụ ly hôn.', 'none'],
  ['Cho tôi hỏi lịch thi đấu V-League tối nay.', 'none'],
];

// Tuning 49 (248 messages, written blind on 2026-12-04 from the list of labels only, to be learnt from, not to
// study: requests told as stories, second batch (people who write as they talk, regional speech)).
const batch49Tune: [string, string][] = [
  [
    'Tui năm nay 67 tuổi rồi, hồi trước dạy cấp 2 ở xã, cái căn cước cũ hết hạn hồi tháng rồi mà tui đâu có để ý, bữa ra ngân hàng rút lương hưu họ hổng cho rút, về nhà buồn muốn khóc, giờ làm lại căn cước thì phải đem theo giấy tờ gì, làm ở đâu dzậy',
    'procedure',
  ],
  [
    'con toi moi sanh duoc 2 tuan, chong toi di lam tan Binh Duong chua ve, o nha voi ba noi, ba noi hoi hoai sao chua lam giay khai sinh cho thang nho, lam khai sinh can giay gi, toi di mot minh duoc khong hay phai co chong di cung',
    'procedure',
  ],
  [
    'tui chay xe om o ben xe hon chuc nam, gio tinh mua lai chiec xe cu cua ong anh ba con o tinh khac de chay grab, nghe noi sang ten xe lung tung lam tui hong ranh, sang ten xe may khac tinh thi phai lam sao',
    'procedure',
  ],
  [
    'Ba tui mất hồi tết, để lại 2 công ruộng ở Cái Bè, anh em tui 5 đứa thống nhứt để thằng út đứng tên, mà hổng ai biết khai nhận thừa kế rồi sang tên sổ đỏ làm sao, tốn nhiêu tiền, nhờ chỉ giùm',
    'procedure',
  ],
  [
    'em voi anh ay quen nhau 3 nam roi, anh nguoi Da Nang con em nguoi Duy Xuyen Quang Nam, cuoi nam tinh cuoi ma nha 2 ben keu dang ky ket hon truoc, em hok biet dang ky o xa em hay xa anh, mang theo giay to gi',
    'procedure',
  ],
  [
    'Toi di lao dong Han Quoc 5 nam moi ve, de duoc it von, gio muon mo quan ca phe nho truoc nha, nguoi ta noi phai dang ky ho kinh doanh, vay lam o dau, mat may ngay, co ton phi khong',
    'procedure',
  ],
  [
    'Nhà tui ở Buôn Ma Thuột, bán tạp hóa 20 năm nay, giờ tính xây thêm một tầng cho thằng con cưới vợ về ở, hàng xóm nói xây mà không xin phép là bị phạt nặng, vậy giấy phép xây dựng nhà ở thì xin ở đâu, có cần bản vẽ hông',
    'procedure',
  ],
  [
    'Má tui ngoài 80 rồi nằm một chỗ, giờ bán miếng đất để có tiền chữa bệnh mà người mua đòi giấy xác nhận tình trạng hôn nhân của má, tui đi xin thay má được hông, có cần làm giấy ủy quyền gì hông',
    'procedure',
  ],
  [
    'con tui dang hoc lop 12, truong doi nop ban sao giay khai sinh ma ban goc mat tu hoi doi nha, gio muon xin ban sao trich luc khai sinh thi lam sao, co lam tren mang duoc khong',
    'procedure',
  ],
  [
    'Toi la giao vien ve huu, moi chuyen ve o voi con gai o Long Xuyen, ho khau cu o Chau Doc, gio muon dang ky thuong tru vo nha con gai thi can giay to gi, con gai toi co phai ky ten gi khong',
    'procedure',
  ],
  [
    'Năm ngoái bờ sông sạt lở cuốn mất một khúc đất nhà tui, giờ diện tích trong sổ đỏ khác ngoài thực tế, cán bộ địa chính nói phải làm đăng ký biến động gì đó, tui nghe hổng hiểu, thủ tục đó cần nộp giấy gì',
    'procedure',
  ],
  [
    'chong toi la nguoi Han, tui voi anh dang ky ket hon ben do roi, gio ve VN song thi nghe noi phai ghi chu ket hon, lam o so tu phap hay o xa, can dich giay to khong',
    'procedure',
  ],
  [
    'Tui nuôi heo ở Phụng Hiệp Hậu Giang, tính mở rộng chuồng lên mấy trăm con, nghe nói phải có giấy phép môi trường gì đó, hổng biết là thủ tục gì, xin ở huyện hay lên tỉnh',
    'procedure',
  ],
  [
    'ong noi tui mat o nha chu khong phai benh vien, gia dinh lo dam xong xuoi roi gio moi nho toi giay to, dang ky khai tu tre han thi lam sao, co bi phat khong',
    'procedure',
  ],
  [
    'Con gái tui 14 tuổi sắp thi vô lớp 10, trường kêu làm căn cước cho cháu, mà cháu đi học cả ngày, tui hỏi con nít làm căn cước có cần cha mẹ đi theo hông, thứ bảy có làm hông',
    'procedure',
  ],
  [
    'Tôi bị móc túi trên xe buýt mất hết giấy tờ, trong đó có bằng lái B2, đi làm tài xế mà không có bằng thì chết, giờ xin cấp lại bằng lái thì nộp ở đâu, mấy ngày thì có',
    'procedure',
  ],
  [
    'nha toi o Pleiku, mo tiem sua xe may ngoai duong may nam nay, truoc gio ko co giay to gi, bua phuong xuong kiem tra noi phai co giay phep, loai giay do goi la gi va lam nhu the nao',
    'procedure',
  ],
  [
    'Sổ hộ khẩu nhà tui bị thu từ lâu rồi, giờ thằng con đi xin việc công ty đòi giấy xác nhận cư trú, cái giấy đó xin ở đâu, nó làm ở Sài Gòn có xin trên mạng được hông',
    'procedure',
  ],
  [
    'em là công nhân, lấy chồng được 2 năm thì ly hôn, giờ quen người mới tính cưới, phải có giấy xác nhận độc thân, mà em ly hôn rồi thì đi xin giấy này mang theo những gì',
    'procedure',
  ],
  [
    'Vợ chồng tui mua lô đất ở Bảo Lộc bằng giấy tay hồi 2010, cất nhà ở tới giờ, người bán đi nước ngoài rồi, giờ muốn làm sổ đỏ lần đầu thì thủ tục ra sao, có cần người bán ký không',
    'procedure',
  ],
  [
    'hoi lam khai sinh ong noi dat ten cho thang con nghe que lam, gio no len cap 3 bi ban be choc hoai ve khoc, tui muon doi ten cho no, thu tuc thay doi ho ten lam sao, may tuoi thi doi duoc',
    'procedure',
  ],
  [
    'Tui làm rẫy cà phê ở Đắk Nông, cán bộ ngân hàng nói muốn vay nhiều thì phải có giấy chứng nhận kinh tế trang trại, tui hổng biết giấy đó có còn cấp không, nộp ở đâu',
    'procedure',
  ],
  [
    'tui bị tai nạn hồi 2019 giờ đi xe lăn, nghe bà con nói người khuyết tật được trợ cấp hàng tháng mà tui chưa từng nhận đồng nào, phải làm hồ sơ gì, nộp cho ai',
    'procedure',
  ],
  [
    'ba toi 82 tuoi roi, nghe noi gio tu 75 tuoi la duoc huong tro cap xa hoi, ba toi chua co, lam ho so huong tro cap hang thang cho nguoi cao tuoi thi can giay gi',
    'procedure',
  ],
  [
    'Con tui du học Nhật về, nộp đơn xin việc người ta đòi bản sao chứng thực bằng đại học, tui hỏi chứng thực bản sao làm ở UBND xã được hông hay phải ra phòng công chứng, mất nhiêu tiền',
    'procedure',
  ],
  [
    'Tui có chiếc ghe chở lúa trên sông Tiền, bữa công an đường thủy chặn lại nói phải đăng ký phương tiện thủy nội địa, tui chạy ghe cả đời chưa làm bao giờ, cần giấy gì, tốn bao nhiêu',
    'procedure',
  ],
  [
    'Toi co chiec xe tai nho 2 tan ruoi cho hang thue, gio muon xin giay phep kinh doanh van tai bang xe o to cho dang hoang, ho so gom nhung gi, nop o so giao thong phai khong',
    'procedure',
  ],
  [
    'vo toi moi sinh doi, toi thi di lam suot, nghe noi co thu tuc lien thong lam khai sinh, thuong tru, the bao hiem y te cho con mot lan, vay lam lien thong do the nao',
    'procedure',
  ],
  [
    'Tui có miếng đất 500 mét ở huyện Châu Thành, muốn tách ra một phần cho thằng con lớn cất nhà, hổng biết tối thiểu bao nhiêu mét mới được tách thửa, thủ tục làm sao',
    'procedure',
  ],
  [
    'Tôi làm chủ quán nhậu nhỏ, bán bia rượu cũng 3 năm rồi, nay nghe nói bán rượu phải có giấy phép bán lẻ rượu, giờ xin thì hồ sơ thế nào, xin trễ có bị phạt không',
    'procedure',
  ],
  [
    'Nha tui o ngoai Hon Son, di vo dat lien mat ca ngay, so do cu bi mot rach nat het roi, co cach nao nop ho so cap doi so do qua mang ma khong phai di vo khong',
    'procedure',
  ],
  [
    'tui tinh di Uc lao dong, cong ty moi gioi keu lay phieu ly lich tu phap so 2, tui hoi xin phieu nay o tinh minh mat may ngay, dang ky tren mang duoc khong',
    'procedure',
  ],
  [
    'chồng tui té giàn giáo ở công trình, gãy chân nằm nhà 3 tháng, công ty có đóng bảo hiểm, giờ muốn làm hồ sơ hưởng chế độ tai nạn lao động thì làm sao, nộp ở đâu',
    'procedure',
  ],
  [
    'Tui dạy tiếng Anh ở trường về hưu rồi, muốn mở lớp dạy thêm tại nhà cho mấy đứa nhỏ trong xóm, nghe nói giờ dạy thêm phải đăng ký, đăng ký làm sao, ở phòng giáo dục hả',
    'procedure',
  ],
  [
    'Con trai tôi sinh ở Đài Loan, hồi đó chỉ có giấy bên đó, giờ về Việt Nam đi học thì trường đòi khai sinh Việt Nam, đăng ký khai sinh cho cháu thì làm ở đâu, cần dịch giấy tờ không',
    'procedure',
  ],
  [
    'tui co may sao dat lua o Cai Lay, lam lua lo hoai, muon chuyen qua trong sau rieng, nghe noi phai dang ky chuyen doi cay trong tren dat lua, co phai lam don khong, nop cho ai',
    'procedure',
  ],
  [
    'Ông bà già tui tính lập di chúc chia đất cho mấy anh em để sau này khỏi giành nhau, chứng thực di chúc ở ủy ban xã được không hay phải ra văn phòng công chứng, tốn nhiêu',
    'procedure',
  ],
  [
    'nha minh bi chay het hoi thang truoc, chay luon ca so do, gio lam lai so do bi mat thi thu tuc sao, co phai dang bao hay xin xac nhan gi khong',
    'procedure',
  ],
  [
    'Tui ở Hội An, mở homestay 4 phòng cho khách Tây ở, công an khu vực nói phải khai báo tạm trú cho khách và có giấy chứng nhận đủ điều kiện an ninh trật tự, giấy đó xin ở đâu vậy',
    'procedure',
  ],
  [
    'Tui nộp hồ sơ cấp sổ đỏ hồi tháng 3, cán bộ hẹn 30 ngày mà giờ qua tháng 6 rồi hổng thấy ai kêu, ra hỏi thì ai cũng nói chờ, mã hồ sơ là 000.00.15.H02-250312-0047, coi giùm tui nó đang nằm ở đâu',
    'dossier',
  ],
  [
    'toi nop ho so dang ky ho kinh doanh tuan truoc, ma so 000.00.21.H29-260105-0112, hom nay ra hoi thi mot rua chua co, vay no toi dau roi',
    'dossier',
  ],
  [
    'Chau chao co chu, ba ngoai chau nho chau hoi giup ho so tro cap cua ba, ma la 000.20.30.H55-251120-0008, ba trong lam, ngay nao cung hoi chau, khong biet da duyet chua',
    'dossier',
  ],
  [
    'Hồ sơ xin phép xây dựng của tui nộp ở một cửa huyện Krông Pắc, biên nhận ghi 000.00.27.H47-251201-0231, thợ hồ đợi cả tuần rồi tui phải trả tiền công không, coi giùm có giấy phép chưa',
    'dossier',
  ],
  [
    'tui chay xe om, nop ho so doi bang lai tren dich vu cong no ra cai ma H56.22-260110-0345, gio hong biet duyet chua, khong co bang tui khong dam chay',
    'dossier',
  ],
  [
    'Em nộp hồ sơ khai sinh cho con qua mạng hôm thứ 2, mã 000.00.12.H20-260112-0019, chồng em gọi về hỏi hoài mà em không biết trả lời sao, hồ sơ này tới đâu rồi ạ',
    'dossier',
  ],
  [
    'tui nop ho so tach thua thang 11 nam ngoai, ma so 000.00.16.H12-241118-0502, ra hoi thi noi dang o van phong dang ky dat dai, hoi lan 2 thi noi dang o thue, tui hong biet tin ai, gio no o buoc nao',
    'dossier',
  ],
  [
    'Tui nộp hồ sơ cấp đổi sổ hồng ở trung tâm hành chính công tỉnh, đợi gần 2 tháng, bà con ai làm cùng lúc cũng có rồi mà tui chưa, hồ sơ của tui giờ tới đâu rồi',
    'dossier',
  ],
  [
    '000.00.15.H02-260108-0093 ho so nay cua ba tui, ba gia roi khong biet xai dien thoai nho tui hoi coi co ket qua chua',
    'dossier',
  ],
  [
    'Tôi là giáo viên về hưu, nộp hồ sơ điều chỉnh thông tin hưởng chế độ, mã 000.00.09.H33-251215-0077, nghe nói đã chuyển lên sở mà chưa thấy gì, nhờ kiểm tra dùm trạng thái',
    'dossier',
  ],
  [
    'hồ sơ đăng ký kết hôn của tụi em mã 000.00.23.H49-260103-0015, tháng sau đám cưới rồi thiệp in xong hết mà chưa lấy được giấy, hồ sơ đang ở khâu nào vậy',
    'dossier',
  ],
  [
    'Tui nộp hồ sơ xin giấy phép kinh doanh karaoke, mã H37.05-251128-0201, đợi gần tháng, cán bộ nói bên phòng cháy chưa duyệt, coi giùm bây giờ nó nằm ở đâu',
    'dossier',
  ],
  [
    'nop ho so lam lai can cuoc cho me cung lau roi ma chua thay tra, me sap di mo o Cho Ray can giay to, ho so cua toi den dau roi vay',
    'dossier',
  ],
  [
    'Hồ sơ chuyển mục đích sử dụng đất của tui bị trả về bổ sung một lần rồi, tui nộp lại đủ hết, mã 000.00.18.H45-250920-0330, giờ không biết có bị trả nữa không, xem giúp tình trạng',
    'dossier',
  ],
  [
    'Tui ở Hòn Đất, nộp hồ sơ xin hỗ trợ thiệt hại lúa bị ngập, mã 000.30.41.H53-251030-0024, nông dân tụi tui nợ phân nợ thuốc đợi tiền này, coi giùm cái hồ sơ đó sao rồi',
    'dossier',
  ],
  ['mã hồ sơ 000.00.15.H02-221205-0001 đây, tra giùm tui với', 'dossier'],
  [
    'Chi oi em nop ho so thay doi nguoi dai dien cong ty, ma 000.00.04.H35-260109-0056, ngan hang dang doi giay moi moi giai ngan, lam on kiem tra giup em da co ket qua chua',
    'dossier',
  ],
  [
    'Tui nộp hồ sơ đăng ký thường trú cho thằng con, nó đi làm bên Bình Dương, biên nhận ghi số 000.00.27.H47-260106-0140, coi giùm xong chưa để tui kêu nó về lấy',
    'dossier',
  ],
  [
    'ho so cua toi ma la H12.19-251225-0008, vo trang dich vu cong no ghi dang xu ly hoai tu thang 12, co bi that lac khong vay',
    'dossier',
  ],
  [
    'Năm rồi tui nộp hồ sơ xin trợ cấp cho ông già bị tâm thần, tới giờ chưa có gì, mã là 000.15.20.H60-250702-0031, tui hỏi thiệt là hồ sơ này còn hay bị bỏ xó rồi',
    'dossier',
  ],
  [
    'Thằng con tôi đi Hàn về, nó nộp hồ sơ đăng ký hộ kinh doanh tiệm sửa điện thoại, mã 000.00.14.H22-251111-0099, nó đi làm xa nhờ tôi hỏi giùm, giờ hồ sơ xử lý tới bước nào',
    'dossier',
  ],
  [
    'tui nộp hồ sơ cấp phiếu lý lịch tư pháp để đi Nhật, lịch hẹn visa sắp tới rồi, mã 000.00.15.H02-260114-0208, nhờ xem hồ sơ đó đã ký chưa',
    'dossier',
  ],
  [
    'Em nop ho so doi giay phep lai xe, ma H62.08-260111-0014, 10 ngay roi, em vo trang dich vu cong thi no bao loi hoai, nho ad xem giup trang thai',
    'dossier',
  ],
  [
    'Hồ sơ đăng ký biến động đất của nhà tui, chú cán bộ ghi giấy hẹn 000.00.31.H58-251218-0404, tới ngày hẹn ra lấy thì kêu chưa có, vậy giờ nó đang ở đâu, ai đang giữ',
    'dossier',
  ],
  ['ho so doi bang lai cua tui toi dau roi, nop qua mang hom bua do', 'dossier'],
  [
    'Dạ tui là chủ tiệm thuốc tây nhỏ, nộp hồ sơ cấp lại chứng chỉ hành nghề dược, mã 000.00.17.H42-251205-0061, không có chắc tiệm phải đóng cửa, coi giùm tình trạng',
    'dossier',
  ],
  [
    'Tui bị trả hồ sơ mà hổng ai nói lý do, mã 000.00.22.H01-260102-0011, coi giùm hồ sơ đang ở trạng thái nào, thiếu cái gì',
    'dossier',
  ],
  [
    'me tui nop ho so xin xac nhan ho can ngheo o xa, ma 000.24.36.H86-251128-0019, ba co ve ra xa may lan roi, nho tra giup',
    'dossier',
  ],
  [
    'Tui làm lò bánh mì, nộp hồ sơ cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, mã 000.00.13.H26-251219-0072, đoàn xuống thẩm định rồi, hỏi coi giấy đã ký chưa',
    'dossier',
  ],
  [
    'Con nhỏ tui ở Sài Gòn nộp giùm hồ sơ cải chính hộ tịch cho tui qua mạng, nó gửi cái mã 000.00.20.H94-260107-0026, tui ở quê muốn coi hồ sơ đó xong chưa mà hổng biết coi chỗ nào',
    'dossier',
  ],
  [
    'Năm nay tui nộp mấy bộ hồ sơ rồi, cái sổ đỏ, cái khai sinh cho cháu nội, cái xin phép sửa nhà, giấy hẹn thì bỏ đâu mất tiêu, số điện thoại tui 0912345678, coi giùm hết mấy cái hồ sơ tui đã nộp',
    'my_dossiers',
  ],
  [
    'toi lam mat giay bien nhan roi, ma ho so khong nho, chi nho so dien thoai luc nop la 0987 654 321, co cach nao coi lai nhung ho so toi da nop khong',
    'my_dossiers',
  ],
  [
    'Tui ở ngoài đảo Phú Quốc, nộp hồ sơ qua bưu điện mấy lần rồi mà mã nào cũng hổng giữ, nay muốn coi lại hết những hồ sơ tui đã nộp',
    'my_dossiers',
  ],
  [
    'Em có làm vài thủ tục trên dịch vụ công hồi năm ngoái mà giờ quên sạch mã rồi, em muốn xem danh sách các hồ sơ em đã nộp',
    'my_dossiers',
  ],
  [
    'tui chay xe om, bi giut dien thoai mat het tin nhan co ma ho so, moi mua may moi nhung giu so cu 0938 456 789, co coi lai cac ho so da nop duoc khong',
    'my_dossiers',
  ],
  [
    'Ba tui mất, nhà làm một đống giấy tờ, khai tử, thừa kế, sang tên, tui không nhớ cái nào mã gì, cho tui xem hết các hồ sơ tui đã nộp bằng số điện thoại này',
    'my_dossiers',
  ],
  [
    'co cach nao xem lai cac ho so minh nop tu truoc toi gio ko, tui nho la nop 3 4 cai ma khong nho cai nao la cai nao',
    'my_dossiers',
  ],
  [
    'Tui đi Hàn về làm giấy tờ lu bu, đổi bằng lái, đăng ký hộ kinh doanh, làm căn cước, nay ngồi nhớ hổng ra cái nào xong cái nào chưa, liệt kê giùm tui các hồ sơ tui đã nộp',
    'my_dossiers',
  ],
  [
    'Hồi đó cán bộ có nhắn mã hồ sơ vô điện thoại mà thằng cháu lỡ xóa hết tin nhắn, sđt tui 0977 220 415, tra giùm các hồ sơ của tui',
    'my_dossiers',
  ],
  [
    'tui la giao vien ve huu, nop ho so lung tung nhieu cho qua, so tu phap, tai nguyen, bao hiem, gio muon coi het mot cho cho tien, co danh sach ho so cua tui khong',
    'my_dossiers',
  ],
  ['Em không nhớ mã hồ sơ, lúc nộp dùng số 0868 331 920, xem giúp em các hồ sơ đã nộp nha', 'my_dossiers'],
  [
    'ma tui nho tui coi gium ma da nop nhung ho so gi, ma dung sdt 0919 007 643 luc nop, tui muon coi danh sach',
    'my_dossiers',
  ],
  [
    'Hồ sơ sổ đỏ của tui mã 000.00.15.H02-250815-0120 nộp lâu rồi, tui ở trên rẫy sóng điện thoại chập chờn, hổng lên mạng coi hoài được, khi nào có kết quả thì nhắn giùm tui một tiếng',
    'dossier_follow',
  ],
  [
    'toi nop ho so khai sinh cho con ma 000.00.12.H20-260113-0033, toi lam ca dem ve la ngu, khong co thoi gian vao coi, khi nao xong thi bao toi nha',
    'dossier_follow',
  ],
  [
    'Tui đợi hồ sơ xin phép xây dựng lâu quá, ngày nào cũng mở điện thoại coi, mệt quá trời, mã 000.00.27.H47-251220-0288, có cách nào hễ nó thay đổi gì thì tự báo tui hông',
    'dossier_follow',
  ],
  [
    'Em nộp hồ sơ đăng ký kết hôn 000.00.23.H49-260110-0021, tuần sau em đi công tác ngoài Hà Nội, có gì mới thì nhắn tin về cho em được không',
    'dossier_follow',
  ],
  [
    'Ba tui nộp hồ sơ trợ cấp người cao tuổi mã 000.20.30.H55-260105-0014, ổng hỏi hoài, tui muốn đăng ký theo dõi để khi có kết quả thì Zalo báo luôn',
    'dossier_follow',
  ],
  [
    'ho so cap lai bang lai cua tui ma H56.22-260112-0377, khi nao co bang thi nhan gium tui de tui len lay, tui chay xe om ca ngay hong coi dien thoai duoc',
    'dossier_follow',
  ],
  [
    'Tui là chủ quán cà phê, hồ sơ an toàn thực phẩm 000.00.13.H26-260108-0091 đang chờ, hễ bị trả về hay cần bổ sung gì thì báo liền cho tui nha chớ đừng để tui đợi không',
    'dossier_follow',
  ],
  [
    'Ho so tach thua cua nha tui ma 000.00.16.H12-251201-0190, can bo noi con lau, tui hong muon ngay nao cung len hoi, theo doi gium tui roi co gi nhan',
    'dossier_follow',
  ],
  [
    'con gai toi lam can cuoc, toi muon nhan thong bao khi ho so 000.00.21.H29-260109-0154 co ket qua',
    'dossier_follow',
  ],
  [
    'Tui nộp hồ sơ đăng ký hộ kinh doanh tiệm tạp hóa, mã 000.00.09.H33-260111-0065, mấy bữa nay ngồi trông, ở đây có vụ báo tự động khi hồ sơ xong hông, có thì bật giùm tui',
    'dossier_follow',
  ],
  [
    'Mẹ em nộp hồ sơ cấp đổi sổ hồng mã 000.00.31.H58-260104-0412, em ở Sài Gòn xa quá, cho em theo dõi hồ sơ này để biết lúc nào mẹ ra lấy được',
    'dossier_follow',
  ],
  [
    'Ho so xin ho tro lua bi ngap cua xom toi, ma 000.30.41.H53-251101-0052, khi nao duyet xong nho nhan cho toi de toi bao ba con trong ap',
    'dossier_follow',
  ],
  [
    'Hồ sơ sổ đỏ 000.00.15.H02-250815-0120 tui lấy kết quả rồi, cầm sổ trên tay rồi mà Zalo vẫn nhắn tin hoài, thôi đừng báo nữa nha',
    'dossier_unfollow',
  ],
  ['tui nhan duoc bang lai roi, dung gui thong bao ve ho so H56.22-260112-0377 nua', 'dossier_unfollow'],
  [
    'Con gái tui lấy căn cước rồi, tui hổng cần theo dõi cái hồ sơ đó nữa, tắt thông báo hồ sơ đó giùm tui',
    'dossier_unfollow',
  ],
  [
    'Tui lỡ bấm theo dõi hồ sơ của ông hàng xóm, tin nhắn về hoài mà đâu phải của tui, cho tui bỏ theo dõi hồ sơ 000.00.27.H47-251220-0288',
    'dossier_unfollow',
  ],
  [
    'Thôi hồ sơ kết hôn đó tụi em rút rồi, không cưới nữa, đừng báo tin về hồ sơ đó cho em nữa, đọc buồn lắm',
    'dossier_unfollow',
  ],
  ['da nhan so hong roi, huy theo doi ho so 000.00.31.H58-260104-0412 giup toi', 'dossier_unfollow'],
  [
    'Tui có bấm theo dõi mấy hồ sơ của con cháu trong nhà, giờ hổng nhớ đang theo dõi những cái nào, coi giùm',
    'follows',
  ],
  [
    'dien thoai tui cu nhan tin bao ho so hoai, tui muon biet tui dang theo doi bao nhieu ho so, nhung ho so nao',
    'follows',
  ],
  ['Hồi trước tui có đăng ký nhận báo khi hồ sơ thay đổi, cho tui xem lại danh sách hồ sơ đang theo dõi đi', 'follows'],
  [
    'Em theo dõi giùm mấy người quen mấy hồ sơ, giờ rối quá không biết mình đang theo dõi hồ sơ nào, liệt kê giúp em',
    'follows',
  ],
  ['tui muon xem cac ho so tui dang duoc bao tu dong', 'follows'],
  [
    'Tui bỏ phân bón cho một công ty, tới giờ họ thiếu tiền 3 tháng, gọi hổng bắt máy, mã số thuế của họ 1801234567, coi giùm còn hoạt động hông hay trốn rồi',
    'business',
  ],
  [
    'con tui xin vo lam cong ty TNHH Thanh Dat o khu cong nghiep, tui nghe noi bay gio cong ty ma nhieu lam, muon coi cong ty nay co that khong, dia chi o dau',
    'business',
  ],
  [
    'Có người tới nhà chào bán máy lọc nước, nói công ty Hoàng Phát có giấy phép đàng hoàng, đưa mã số thuế 0401567890, tui nghi nghi, tra giùm công ty này có thiệt không',
    'business',
  ],
  [
    'tui muon sang lai mot tiem tap hoa, chu tiem noi co dang ky ho kinh doanh, ma so thue 6001234578, tui muon coi ai dung ten, con hoat dong khong',
    'business',
  ],
  [
    'Tui làm ở công ty may Phú An 5 năm, giờ nghe đồn công ty giải thể, sổ bảo hiểm chưa chốt, lo quá, mã số thuế 3702456789, xem giúp tình trạng hoạt động',
    'business',
  ],
  [
    'Toi chuan bi ky hop dong cho cong ty Minh Khoa thue mat bang, ma so thue 5800345612, truoc khi ky muon biet nguoi dai dien phap luat la ai',
    'business',
  ],
  [
    'Có cái đại lý thu mua cà phê ở xã tui bữa giờ đóng cửa im re, nhiều người gửi cà phê chưa lấy tiền, đại lý tên Phương Nam, coi giùm nó có đăng ký kinh doanh không, ai đứng tên',
    'business',
  ],
  [
    'ma so thue 0312345678 la cua cong ty nao vay, nguoi ta gui hoa don cho tui ma tui co mua ban gi voi ho dau',
    'business',
  ],
  [
    'Tui định đặt cọc mua căn hộ của công ty địa ốc Sao Việt, quảng cáo rầm rộ trên face, tui muốn biết công ty này đăng ký ở đâu, còn hoạt động không, ai làm giám đốc',
    'business',
  ],
  [
    'Ông anh rể rủ tui hùn vốn vô công ty xây dựng của ổng, mã số thuế 4201122334, ổng nói ổng là giám đốc, tui muốn coi thử có đúng ổng là người đại diện hông',
    'business',
  ],
  [
    'Con đường đất từ ấp tui ra chợ mùa mưa là lún bùn tới đầu gối, tụi nhỏ đi học té hoài, bữa qua thằng cháu té gãy tay, tui đề nghị chính quyền làm giùm con đường, ấp Phước Thạnh xã Long Hòa',
    'feedback',
  ],
  [
    'Xóm tui có cái xưởng gỗ sát nhà dân, cưa xẻ từ 5 giờ sáng tới 10 giờ tối, bụi bay mù mịt, ông già tui ho suốt, nói mấy lần họ hổng nghe, ai giải quyết giùm',
    'feedback',
  ],
  [
    'tui di lam giay to, can bo mot cua noi chuyen coc loc, keu tui ve bo sung 3 lan moi lan mot thu, tui gia roi di lai cuc lam, tui muon phan anh thai do lam viec cua can bo nay',
    'feedback',
  ],
  [
    'Den duong tren duong Nguyen Hue doan truoc cho hu may thang nay roi, toi toi den thui, bua truoc co ba ban ve so bi giat tui, de nghi sua den',
    'feedback',
  ],
  [
    'Con kênh sau nhà tui người ta đổ rác xuống đầy, nước đen thui hôi thối, muỗi nhiều quá con tui bị sốt xuất huyết nằm viện, xin chính quyền vô dẹp giùm',
    'feedback',
  ],
  [
    'Nha tui o duoi chan cau, mua lon la nuoc ngap vo nha toi dau goi, do cong thoat nuoc bi nghet, nam nao cung vay, nho chinh quyen coi lai',
    'feedback',
  ],
  [
    'Tui chạy xe ôm, ngày nào cũng đi ngang cái ổ gà bự chảng trên quốc lộ gần ngã ba Tân Hiệp, bữa hổm có chiếc xe máy sụp vô té máu me quá trời, mong ai đó tới vá lại',
    'feedback',
  ],
  [
    'Hàng xóm mở karaoke tới 12 giờ khuya, ngày nào cũng hát, con tui ôn thi lớp 10 không học được, qua nói thì bị chửi, giờ tui phải làm sao',
    'feedback',
  ],
  [
    'cho tam o xa tui ban lan het le duong, xe co ket cung, sang nao di lam cung tre, de nghi sap xep lai cho cho dang hoang',
    'feedback',
  ],
  [
    'Con tôi học ở trường tiểu học xã, nhà vệ sinh hư từ đầu năm học, tụi nhỏ phải nhịn, có đứa bị viêm đường tiểu, tôi là phụ huynh muốn kiến nghị sửa gấp',
    'feedback',
  ],
  [
    'ong can bo dia chinh xa tui doi 5 trieu moi lam ho so tach thua nhanh, tui khong dua thi ho so nam hoai, tui muon to cao vu nay',
    'feedback',
  ],
  ['Đầu hẻm 45 có cây dầu to bự nghiêng qua đường, bão sắp tới sợ ngã đè người, xin cho người tới cắt tỉa', 'feedback'],
  ['Ong nuoc may be truoc cong truong THCS, nuoc xit len ca tuan roi ma khong ai sua, phi nuoc qua troi', 'feedback'],
  [
    'Tui làm ruộng ở Tháp Mười, năm nay có mấy ông bơm nước xả qua ruộng tui tràn phèn, lúa chết cả công, báo ấp mà không giải quyết, tui muốn phản ánh lên tỉnh',
    'feedback',
  ],
  [
    'O cho dem co may nguoi ban hang rong chat chem khach du lich, gia cao gap doi, lam xau mat thanh pho, tui kien nghi kiem tra',
    'feedback',
  ],
  [
    'Em là công nhân khu công nghiệp, chiều nào tan ca cũng có xe tải chạy ẩu, ngã tư cổng khu không có đèn giao thông, đã có người chết rồi, đề nghị lắp đèn',
    'feedback',
  ],
  [
    'Tui xin hộ nghèo mà ông trưởng ấp chỉ xét cho người nhà ổng, nhà tui nghèo thiệt mà không được xét, tui thấy bất công quá',
    'feedback',
  ],
  [
    'co bai rac tu phat ngay canh nghia trang xa, rac chat thanh dong, cho meo boi tung toe, noi ai cung hong don',
    'feedback',
  ],
  ['Trại heo gần nhà tui xả nước thải ra mương, hôi không chịu nổi, ăn cơm phải đóng cửa, mấy năm nay rồi', 'feedback'],
  [
    'Cầu khỉ bắc qua rạch Bà Bướm mục hết rồi, tụi nhỏ đi học qua đó run cầm cập, tui đề nghị làm cây cầu bê tông',
    'feedback',
  ],
  [
    'Ở phường tui có nhà xây lấn ra vỉa hè cả mét rồi còn làm mái che, người đi bộ phải đi xuống lòng đường, đề nghị xử lý',
    'feedback',
  ],
  [
    'Tui ra ủy ban xin chứng thực giấy tờ mà chờ từ 7 rưỡi tới 10 giờ không thấy cán bộ đâu, hỏi thì nói đi họp, tui bỏ một buổi làm, làm việc vậy là không được',
    'feedback',
  ],
  [
    'Tren duong len Mang Den co doan sat lo taluy, dat da roi xuong duong ma khong co bien canh bao, toi qua tui suyt tong, bao de ai do xu ly',
    'feedback',
  ],
  [
    'Kiến nghị cho xe buýt chạy tuyến từ trung tâm huyện lên thị xã, người già như tui đi khám bệnh không có xe, phải thuê xe ôm 200 ngàn',
    'feedback',
  ],
  [
    'xe rac 1 tuan moi toi 1 lan, rac nha nao cung chat dong, troi nang boc mui, xom tui o khu pho 3 phuong An Phu',
    'feedback',
  ],
  [
    'Con đường mới làm xong 3 tháng đã nứt toác, bong nhựa, tiền ngân sách mà làm ẩu quá, đề nghị kiểm tra nhà thầu',
    'feedback',
  ],
  [
    'Có người lấn đất công làm quán nhậu ngay bờ sông, tối ồn ào, xả rác xuống sông, tui báo xã mà chưa thấy ai tới',
    'feedback',
  ],
  [
    'Tui bị cán bộ ở bộ phận một cửa la lớn trước mặt mọi người chỉ vì tui hỏi lại 2 lần, tui 70 tuổi rồi, về nhà tủi thân lắm, mong lãnh đạo nhắc nhở',
    'feedback',
  ],
  [
    'khuc song gan nha tui co ghe hut cat ban dem, bo song sat lo hoai, dat nha tui mat may met roi, nghi la hut cat lau, bao cho chinh quyen biet',
    'feedback',
  ],
  [
    'Mấy cột điện trong xóm nghiêng gần sập, dây điện chằng chịt thấp lè tè, xe chở rơm qua vướng hoài, sợ chập điện cháy nhà',
    'feedback',
  ],
  [
    'Tui đề nghị tỉnh làm thêm bãi giữ xe ở bệnh viện tỉnh, giờ người nhà bệnh nhân phải gửi xe ngoài đường, bị chặt chém 20 ngàn một lượt',
    'feedback',
  ],
  [
    'Xin phản ánh: trang dịch vụ công tỉnh mình cứ tới bước thanh toán là lỗi, tui thử 5 lần đều không được, mất cả buổi sáng',
    'feedback',
  ],
  [
    'O xom toi co nha nuoi cho tha rong, cho can 2 dua nho roi, noi chu nha thi ho khong chiu, xin chinh quyen xu ly',
    'feedback',
  ],
  [
    'Trường mầm non tư thục gần nhà tui, tui nghe tiếng con nít khóc thét hoài, thấy cô nhốt tụi nhỏ trong phòng tối, sợ bị bạo hành, báo cho cơ quan chức năng',
    'feedback',
  ],
  [
    'Khu tái định cư tụi tui dọn vô 2 năm rồi mà chưa có nước sạch, phải mua nước bình về uống, kiến nghị kéo đường ống nước',
    'feedback',
  ],
  [
    'Cai cong ngam tren duong lien xa bi sap mot lo, toi khong thay, tui cam cay voi bao ni long lam dau roi, nho bao len cho nguoi ta toi sua',
    'feedback',
  ],
  [
    'Tui đi làm căn cước cho má mà bị cán bộ kêu đóng thêm 200 ngàn phí làm nhanh, không có biên lai gì hết, tui thấy không đúng nên phản ánh',
    'feedback',
  ],
  [
    'Tui có gửi phản ánh vụ đèn đường hư hồi tháng trước, được cái số PA-ZL-2026-000123, tới giờ đèn vẫn tắt thui, coi giùm phản ánh đó xử lý tới đâu rồi',
    'feedback_ticket',
  ],
  ['phan anh so PA-ZL-2026-000457 cua toi ve bai rac, co tra loi chua vay', 'feedback_ticket'],
  [
    'Bữa trước tui nhắn vô đây báo vụ xưởng gỗ ồn, có mã PA-ZL-2025-009812, mà nay nó còn cưa ầm ầm, cơ quan nào nhận, trả lời chưa',
    'feedback_ticket',
  ],
  [
    'Tui có phản ánh thái độ cán bộ một cửa, số phiếu PA-ZL-2026-000088, muốn biết lãnh đạo đã xem chưa, trả lời ra sao',
    'feedback_ticket',
  ],
  [
    'Xin hoi phan anh PA-ZL-2026-001204 ve o ga tren quoc lo, nguoi ta co sua chua ma tui thay van con nguyen',
    'feedback_ticket',
  ],
  [
    'tui gui kien nghi lam duong ap Phuoc Thanh, ma PA-ZL-2025-011530, 2 thang roi, xin cho biet ket qua',
    'feedback_ticket',
  ],
  [
    'Em phản ánh vụ karaoke rồi, số PA-ZL-2026-000310, nhà kia vẫn hát tới khuya, cho em hỏi phản ánh đó đã chuyển cho công an phường chưa',
    'feedback_ticket',
  ],
  [
    'Phản ánh về con kênh đầy rác của tui mã PA-ZL-2026-000672, có ai tới coi chưa, tình trạng sao rồi',
    'feedback_ticket',
  ],
  [
    'tui co gui phan anh vu truong ap xet ho ngheo khong cong bang hom 12/1, so PA-ZL-2026-000219, muon coi cau tra loi',
    'feedback_ticket',
  ],
  [
    'PA-ZL-2026-000901 phản ánh của tôi sao trang báo là đã xử lý xong mà ngoài thực tế chưa có gì hết vậy, xem lại giúp',
    'feedback_ticket',
  ],
  [
    'Chú ơi tui có báo vụ cây dầu nghiêng ở hẻm 45, mã số phản ánh PA-ZL-2026-000150, mùa mưa tới rồi, xem giùm người ta có lên lịch cắt chưa',
    'feedback_ticket',
  ],
  [
    'Tôi gửi phản ánh qua đây về nước thải trại heo hôm mùng 3 tháng 1, mã thì không nhớ, muốn hỏi riêng phản ánh đó có kết quả chưa',
    'feedback_ticket',
  ],
  [
    'Năm rồi tới giờ tui gửi vô đây cũng 4 5 cái phản ánh, đường, đèn, rác, cái nào cũng bặt vô âm tín, cho tui xem lại hết mấy phản ánh tui đã gửi',
    'my_feedback',
  ],
  ['tui muon coi danh sach cac phan anh tui gui, quen ma het roi', 'my_feedback'],
  [
    'Chú ơi con có gửi mấy lần phản ánh vụ ngập nước ở khu phố mà không nhớ gửi bao nhiêu lần, cho con coi lại những phản ánh con đã gửi',
    'my_feedback',
  ],
  [
    'Tôi là tổ trưởng tổ dân phố, thay mặt bà con gửi nhiều kiến nghị qua Zalo này, giờ cần tổng hợp báo cáo cho phường, xem giúp các kiến nghị tôi đã gửi',
    'my_feedback',
  ],
  [
    'ba tui xai dien thoai nay gui phan anh may lan, ong keu tui coi gium ong da gui nhung gi, cai nao duoc tra loi',
    'my_feedback',
  ],
  ['Tui gửi phản ánh nhiều quá rồi mà hổng biết cái nào xử lý cái nào chưa, liệt kê ra giùm tui', 'my_feedback'],
  [
    'Hoi thang 10 tui gui phan anh vu sat lo, thang 12 gui vu den duong, gio muon coi lai tat ca phan anh tui gui kem tinh trang',
    'my_feedback',
  ],
  [
    'Mùa lũ năm ngoái nước lên bất ngờ ban đêm, nhà tui không kịp kê đồ, ướt hết mấy bao lúa, năm nay tui muốn nhận thông báo cảnh báo thiên tai lũ lụt của tỉnh',
    'subscriptions',
  ],
  [
    'tuan truoc cup dien ca ngay ma khong ai bao truoc, bot trong tu lanh hu het, muon dang ky nhan lich cup dien',
    'subscriptions',
  ],
  [
    'Tui là giáo viên về hưu, muốn nhận tin tức giáo dục của tỉnh để theo dõi cho mấy đứa cháu, đăng ký nhận ở đâu',
    'subscriptions',
  ],
  ['Con em nhỏ hay bệnh, em muốn nhận thông báo lịch tiêm chủng với tin dịch bệnh của tỉnh', 'subscriptions'],
  [
    'Tui đăng ký nhận thông báo rồi mà toàn tin tui hổng cần, muốn coi lại tui đang nhận chủ đề nào rồi chọn lại',
    'subscriptions',
  ],
  [
    'tui trong thanh long o Ham Thuan Bac, muon nhan tin nong nghiep, khuyen nong, sau benh cay trong cua tinh',
    'subscriptions',
  ],
  ['nha tui gan bien, nam nao cung co bao, tui muon dang ky nhan canh bao bao, ap thap tu tinh', 'subscriptions'],
  ['Tui muốn theo dõi các thông báo của tỉnh, có tin gì quan trọng thì gửi vô Zalo này cho tui', 'subscriptions'],
  ['Em mới về quê làm ăn, muốn nhận thông tin chính sách hỗ trợ doanh nghiệp, khởi nghiệp của tỉnh', 'subscriptions'],
  ['Tui có đăng ký nhận tin cúp điện rồi, giờ muốn thêm tin y tế nữa thì làm sao', 'subscriptions'],
  [
    'Ngày nào cũng nhận 5 7 tin thông báo, điện thoại kêu ting ting suốt, ông già tui ngủ trưa cũng không yên, thôi đừng gửi nữa',
    'unsubscribe',
  ],
  ['tui khong muon nhan tin cup dien nua, nha tui mua may phat roi', 'unsubscribe'],
  [
    'Hồi trước tui đăng ký tin giáo dục vì con đi học, giờ nó ra trường rồi, bỏ cái tin giáo dục đi giùm',
    'unsubscribe',
  ],
  ['Huy dang ky nhan thong bao, toi doi di tinh khac song roi', 'unsubscribe'],
  ['Mấy tin tuyên truyền gửi hoài tui đọc hổng kịp, hủy hết giùm', 'unsubscribe'],
  ['Dung gui tin y te cho tui nua, giu tin thien tai thoi', 'unsubscribe'],
  ['Tui qua Hàn làm lại rồi, ở bển đâu cần tin cúp điện ở quê, tắt hết thông báo giùm', 'unsubscribe'],
  [
    'Tui nhắn qua lại với máy mấy lần rồi mà nó trả lời hổng trúng, chuyện đất đai nhà tui rắc rối lắm, cho tui nói chuyện với cán bộ thiệt được hông',
    'handoff',
  ],
  ['Toi muon noi chuyen truc tiep voi can bo tu van, chuyen cua toi dai dong kho noi qua may', 'handoff'],
  ['Con ơi bà già rồi không biết bấm mấy cái nút, có ai là người thật thì nói chuyện với bà', 'handoff'],
  [
    'Tuần sau vợ tui bay về Đài Loan rồi mà giấy tờ hôn nhân còn vướng, tui cần cán bộ tư pháp tư vấn ngay, chuyển tui qua người thiệt được hông',
    'handoff',
  ],
  ['bot tra loi hoai ko hieu, cho gap nguoi that', 'handoff'],
  [
    'Tôi đang đứng ở trung tâm hành chính công mà rối quá, nhờ kết nối cho tôi nhắn với một cán bộ đang trực để được hướng dẫn bây giờ',
    'handoff',
  ],
  [
    'Tui bị cán bộ xã làm khó, mà tui hổng muốn gửi phản ánh vì sợ bị để ý, tui chỉ muốn nói chuyện riêng với một người có trách nhiệm ngay bây giờ',
    'handoff',
  ],
  [
    'Em gọi đường dây nóng không ai bắt máy, chuyện hỗ trợ nhà sập do bão gấp lắm, cho em chat với cán bộ nào đang trực được không',
    'handoff',
  ],
  ['Nhan voi may hong duoc, chuyen cho nguoi that gium tui, tui cho', 'handoff'],
  ['Tui ở Kon Tum, người Ba Na, đọc chữ không rành, có cán bộ nào nói chuyện trực tiếp với tui không', 'handoff'],
  [
    'Tui muốn lên tỉnh nộp hồ sơ mà hổng biết trung tâm phục vụ hành chính công nằm ở đâu, mấy giờ mở cửa, thứ bảy có làm hông',
    'help',
  ],
  ['cho xin so dien thoai duong day nong cua ubnd tinh, tui goi so cu ko ai nghe', 'help'],
  ['Em muốn gửi đơn qua email cho sở, xin địa chỉ email chính thức ạ', 'help'],
  ['Tui lớn tuổi, con cháu cài cái Zalo này cho tui mà tui hổng biết xài, chỉ tui cách hỏi sao cho nó trả lời', 'help'],
  ['Bo phan mot cua o huyen lam viec may gio, trua co nghi khong, tui o ray xa ra toi noi la gan trua', 'help'],
  ['toi o xa, muon gui ho so qua buu dien thi gui ve dia chi nao cua so tai nguyen moi truong', 'help'],
  ['Số tổng đài hỗ trợ dịch vụ công của tỉnh là số mấy vậy, tui bị kẹt ở bước đăng nhập hoài', 'help'],
  ['Tui ở Phú Tân, muốn biết trụ sở tiếp công dân của tỉnh ở đâu để lên gửi đơn trực tiếp', 'help'],
  ['chieu thu 6 uy ban con tiep dan khong hay nghi som, cho tui xin gio lam viec', 'help'],
  [
    'Thằng con cài cho tui cái Zalo của tỉnh, nói ở đây làm được nhiều việc lắm, mà là việc gì, liệt kê cho tui coi',
    'menu',
  ],
  ['trang nay co nhung dich vu gi vay', 'menu'],
  ['Mở cho tui cái menu chính', 'menu'],
  ['Tui đang không biết hỏi gì, có danh sách mấy cái dịch vụ không', 'menu'],
  ['Chào cô chú, tui là ông Sáu ở Cái Nước, mới được đứa cháu chỉ vô đây', 'welcome'],
  ['alo alo, day la trang cua ai vay', 'welcome'],
  ['Xin chào, đây là trang của tỉnh phải không, bạn là người hay máy vậy', 'welcome'],
  ['Vo tui nguoi Philippines, biet tieng Anh thoi, cho doi qua tieng Anh de ba tu hoi', 'language'],
  ['Tui là Việt kiều ở Mỹ về, đọc tiếng Việt chậm lắm, đổi qua English được không', 'language'],
  [
    'Tui nghe nói mấy trang mạng hay lấy thông tin cá nhân, tui đã nhắn vô đây số điện thoại, tên tuổi, giờ trang này đang giữ những thông tin gì của tui, cho tui coi',
    'my_data',
  ],
  ['cho toi xem du lieu ca nhan ma trang nay dang luu ve toi', 'my_data'],
  [
    'Tui đổi số, đưa cái điện thoại này cho con gái xài rồi, muốn xóa hết thông tin của tui trong trang này',
    'erase_my_data',
  ],
  ['Toi khong muon trang nay luu thong tin ca nhan cua toi nua, xoa het di', 'erase_my_data'],
  [
    'Con gái tui sắp cưới, tui tính mua mấy chỉ vàng làm của hồi môn mà giá lên xuống quá, hôm nay giá vàng 9999 nhiêu vậy',
    'none',
  ],
  ['Tui mua tờ vé số của bà cụ bán dạo, bả nói số đẹp, chiều nay xổ số Vĩnh Long ra số mấy nhắn giùm', 'none'],
  ['mai tui cho ca len Sai Gon, troi mua thi ca chet, mai troi co mua khong', 'none'],
  [
    'Con tui thi tốt nghiệp xong, nó hồi hộp không ăn không ngủ, có điểm thi tốt nghiệp THPT chưa, số báo danh 52001234',
    'none',
  ],
  ['Má tui đau bụng từ tối qua, bệnh viện đa khoa tỉnh mấy giờ mở cửa khám, chủ nhật có khám không', 'none'],
  ['tui bi chup hinh phat nguoi, muon coi trang web tra phat nguoi cua canh sat giao thong la trang nao', 'none'],
  ['ngân hàng Agribank huyện thứ 7 có làm không, tui cần rút tiền gấp đóng tiền học cho con', 'none'],
  ['Tui có miếng đất 300 mét mặt tiền tỉnh lộ, muốn bán gấp, anh chị nào quan tâm liên hệ 0909 888 777', 'none'],
  ['Ban sau rieng Ri6 gia tai vuon, ai mua ib, giao tan noi', 'none'],
  ['Cháu tui ở Mỹ gửi tiền về, hỏi tỷ giá đô hôm nay bao nhiêu', 'none'],
  ['Hello bot, ke chuyen cuoi cho tui nghe coi, buon qua', 'none'],
  ['Tui bị cảm 3 bữa nay, ho với sổ mũi, uống thuốc gì cho mau hết', 'none'],
  ['Xe khách Phương Trang từ Cà Mau lên Sài Gòn có chuyến mấy giờ', 'none'],
  ['toi nay doi tuyen Viet Nam da may gio, kenh nao chieu', 'none'],
  ['Tui thiếu nợ thẻ tín dụng, ngân hàng gọi đòi hoài, có chỗ nào vay nhanh không', 'none'],
  ['hom nay la ngay may am lich, tui cung ram', 'none'],
  ['Giá lúa hôm nay thương lái mua bao nhiêu một ký ở Đồng Tháp', 'none'],
  ['thoi duoc roi, bye', 'none'],
  ['Tiền điện tháng này nhà tui tăng gấp đôi, tra cứu hóa đơn tiền điện ở đâu, mã khách hàng PB0123456789', 'none'],
  ['Em muốn học lái xe ô tô, trung tâm nào học phí rẻ mà dễ đậu', 'none'],
  ['cho tui hoi gia xang hom nay tang hay giam, chay xe om loi khong bao nhieu', 'none'],
  ['Con tui muốn thi vào đại học y, điểm chuẩn năm ngoái bao nhiêu', 'none'],
  ['Tui muốn nạp tiền điện thoại mà cây ATM không cho, chỉ tui với', 'none'],
  ['Nhà tui đám giỗ ông nội, có ai biết tiệm bánh kem nào ngon ở thị xã không', 'none'],
  ['Ve may bay Tet di Ha Noi gio con khong, gia bao nhieu', 'none'],
  ['Vợ tui giận bỏ về ngoại 3 bữa rồi, tui làm sao cho vợ về', 'none'],
  ['dạ vâng ạ', 'none'],
  ['Quán phở gần bến xe mở tới mấy giờ khuya vậy', 'none'],
  ['Tui có chiếc xe Wave cũ đời 2012 muốn bán, giá bao nhiêu thì hợp lý', 'none'],
];

// Tuning 50 (208 messages, written blind on 2026-12-04 from the list of labels only, to be learnt from, not to
// study: everyday citizens of every age, mixed, with two subjects of which one is meant).
const batch50Tune: [string, string][] = [
  ['làm giấy khai sinh cho con cần mang những gì vậy ad', 'procedure'],
  ['lam the can cuoc cho be 10 tuoi o dau a', 'procedure'],
  ['Cho em hỏi thủ tục đăng ký kết hôn với người nước ngoài cần giấy tờ gì ạ', 'procedure'],
  ['sang tên sổ đỏ phí bao nhiêu tiền vậy', 'procedure'],
  ['Tôi muốn đăng ký hộ kinh doanh bán tạp hóa thì nộp hs ở đâu', 'procedure'],
  ['thu tuc xac nhan tinh trang hon nhan de lam ho so vay ngan hang', 'procedure'],
  ['cho hỏi tthc đăng ký thường trú cho vợ về ở nhà chồng', 'procedure'],
  ['con toi mat giay khai sinh ban goc, xin cap lai the nao a', 'procedure'],
  ['muốn tách thửa đất 200m2 cho con thì làm những bước nào', 'procedure'],
  ['How do I register my marriage with a Vietnamese citizen here? What documents do I need?', 'procedure'],
  ['what procedure for foreigner get work permit in this province, how long it take', 'procedure'],
  ['đăng ký khai tử cho bố tôi cần những giấy tờ gì, có mất phí ko', 'procedure'],
  ['cấp đổi giấy phép lái xe ở tỉnh mình làm online dc ko ạ', 'procedure'],
  ['thủ tục thành lập công ty tnhh 1 thành viên hết bao nhiêu ngày', 'procedure'],
  ['Chứng thực bản sao cccd ở đâu nhanh nhất ad ơi', 'procedure'],
  ['cho mình hỏi xin trích lục ghi chú ly hôn thì cần mang j', 'procedure'],
  ['bà ngoại tôi 80 tuổi muốn làm trợ cấp người cao tuổi thì làm sao', 'procedure'],
  ['hồ sơ đề nghị hưởng trợ cấp thất nghiệp nộp ở đâu v', 'procedure'],
  ['Mình mua đất rồi, giờ làm sổ hồng lần đầu thì thủ tục ntn', 'procedure'],
  ['I am Korean living in Bac Ninh, how can i apply temporary residence card?', 'procedure'],
  ['dang ky tam tru online tren dich vu cong co can ra cong an phuong ko', 'procedure'],
  ['xin giấy phép kinh doanh karaoke cần điều kiện gì ạ', 'procedure'],
  ['thu tuc cap phieu ly lich tu phap so 1 mat bao lau', 'procedure'],
  ['làm lại sổ đỏ bị cháy thì phải nộp những gì', 'procedure'],
  ['e cần xin giấy xác nhận cư trú để nhập học cho con, làm ở đâu ạ', 'procedure'],
  ['Tôi là người khuyết tật muốn xin cấp giấy xác nhận mức độ khuyết tật, thủ tục thế nào', 'procedure'],
  ['phí đăng ký biến động đất đai khi bố mẹ tặng cho con là bao nhiêu', 'procedure'],
  ['Can a foreigner buy an apartment here? What is the procedure to get the ownership certificate?', 'procedure'],
  ['gia hạn giấy phép lao động cho chuyên gia nước ngoài hồ sơ gồm những gì', 'procedure'],
  ['đổi tên cho con trên giấy khai sinh dc ko, thủ tục ra sao', 'procedure'],
  ['cho hỏi xin cấp giấy phép treo biển quảng cáo ngoài trời', 'procedure'],
  ['thu tuc chuyen muc dich su dung dat tu dat vuon sang dat o', 'procedure'],
  ['con sinh ở nước ngoài giờ về VN đăng ký khai sinh như nào ạ', 'procedure'],
  ['cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm cho quán ăn cần chuẩn bị gì', 'procedure'],
  ['nhà mình vừa nộp hs sổ đỏ cho bố xong, giờ muốn làm thêm cho mẹ thì cần giấy tờ gì', 'procedure'],
  ['làm hộ chiếu ở tỉnh mất bao nhiêu ngày, nộp online được không', 'procedure'],
  ['nhận con nuôi là cháu ruột thì thủ tục thế nào ad', 'procedure'],
  [
    "My son was born here last month, how to get birth certificate for him? I'm American, my wife Vietnamese",
    'procedure',
  ],
  ['tạm ngừng kinh doanh hộ cá thể 6 tháng thì báo ở đâu', 'procedure'],
  ['ban oi thu tuc xin ho tro hoc phi cho con ho ngheo la gi', 'procedure'],
  ['cho em hoi cap lai bang tot nghiep thpt bi mat thi lam o dau a', 'procedure'],
  ['hồ sơ khai sinh nộp rồi giờ sao ạ', 'dossier'],
  ['cho em hỏi hồ sơ 000.00.15.H02-221205-0001 đến đâu rồi', 'dossier'],
  ['tra cuu ho so 000.32.21.H40-240611-0157', 'dossier'],
  ['Hồ sơ cấp sổ đỏ của tôi nộp từ tháng 3 đến giờ vẫn chưa có kết quả, mã 000.00.07.H56-240302-0088', 'dossier'],
  ['ho so dang ky kinh doanh cua minh da duyet chua ad', 'dossier'],
  ['nop hs xin phep xay dung 3 tuan roi chua thay j, kiem tra giup voi', 'dossier'],
  ['Mã hồ sơ H02.99-240915-0031 xử lý tới bước nào rồi ạ', 'dossier'],
  ['Can you check my application status? Code 000.00.20.H31-240520-0042', 'dossier'],
  ['hồ sơ tách thửa của bố tôi bị trả lại hay sao mà chưa thấy báo, mã 000.00.11.H22-231130-0119', 'dossier'],
  ['kiểm tra giùm hồ sơ chuyển nhượng đất 000.45.27.H18-240704-0006 đã ký chưa', 'dossier'],
  ['hs tạm trú của e nộp trên dvc hôm thứ 2, h sao r ạ', 'dossier'],
  ['cho toi hoi ho so 000.00.03.H29-240108-0510 bi thieu giay to gi ma bi tra ve', 'dossier'],
  ['tình trạng hồ sơ của tôi thế nào rồi', 'dossier'],
  ['hồ sơ trợ cấp thất nghiệp của chị nộp ngày 12/8 có kết quả chưa em', 'dossier'],
  ['i submit work permit 2 week ago, approve yet? number 000.00.09.H49-240801-0073', 'dossier'],
  ['000.12.30.H02-241020-0214', 'dossier'],
  ['mã hs 000.00.15.H02-240229-0999 khi nào trả kết quả vậy', 'dossier'],
  ['Hồ sơ đăng ký kết hôn của bọn mình tới đâu rồi bạn, hẹn thứ 5 mà chưa thấy gọi', 'dossier'],
  ['ho so cap lai GPLX cua toi dang o khau nao', 'dossier'],
  ['đã quá hẹn trả 5 ngày mà chưa có, kiểm tra giúp mã 000.00.24.H37-240610-0021', 'dossier'],
  ['hs cấp đổi sổ đỏ mã H56.22-240417-0003, cán bộ bảo bổ sung thì bổ sung rồi, giờ tình trạng sao', 'dossier'],
  ['mình nộp hồ sơ xin giấy ATTP cho quán rồi, bao giờ có vậy', 'dossier'],
  ['tra hs giup e voi ma 000.00.18.H45-241101-0047 a', 'dossier'],
  ["Hello, what's the status of my temporary residence card? Code 000.00.05.H02-240903-0012", 'dossier'],
  ['lý lịch tư pháp của em làm trên mạng đến đâu rồi ạ, mã 000.00.01.H29-241012-1208', 'dossier'],
  ['hồ sơ hộ nghèo của mẹ tôi đã được xã duyệt chưa', 'dossier'],
  ['cho mình xem tiến độ xử lý hồ sơ 000.23.40.H13-240725-0330', 'dossier'],
  ['ho so khai tu cua ong noi nop tu tuan truoc sao chua xong', 'dossier'],
  ['hs mình bị treo ở bộ phận một cửa lâu quá, mã 000.00.16.H04-240509-0066, ad xem giúp với', 'dossier'],
  ['hồ sơ chuyển mục đích sd đất của tôi có phải đi bổ sung gì k, mã 000.00.26.H26-241115-0009', 'dossier'],
  ['Nhận tin nhắn báo có kết quả rồi mà lên thì bảo chưa, kiểm tra lại giúp mã 000.00.15.H02-241203-0140', 'dossier'],
  ['kiểm tra tình trạng hồ sơ giúp tôi', 'dossier'],
  ['đường ngập quá, ai xử lý vậy', 'feedback'],
  ['Đoạn đường Lê Lợi gần trường tiểu học có ổ gà rất to, xe máy ngã mấy vụ rồi', 'feedback'],
  ['rác ở chợ đầu mối không ai thu gom cả tuần, bốc mùi kinh khủng', 'feedback'],
  ['quán karaoke đầu hẻm 45 hát tới 1h sáng, đề nghị xử lý', 'feedback'],
  ['đèn đường khu phố 3 phường tân an hư cả tháng nay tối om', 'feedback'],
  ['can bo mot cua UBND xa hach dich nguoi dan, thai do rat te', 'feedback'],
  ['xưởng gỗ gần nhà xả khói bụi suốt ngày, trẻ con ho hoài', 'feedback'],
  ['Kien nghi lap den tin hieu giao thong o nga tu truong chinh - nguyen hue vi hay tai nan', 'feedback'],
  [
    'There is a huge pile of garbage burning near my apartment every night, the smoke is terrible. Who can I report this to?',
    'feedback',
  ],
  ['cống thoát nước bị vỡ nắp, hôm qua có em bé suýt lọt xuống', 'feedback'],
  ['nộp hs sổ đỏ mà cán bộ đòi thêm tiền ngoài, tôi muốn phản ánh', 'feedback'],
  ['cây xanh trên đường Trần Phú nghiêng sắp đổ, mưa bão tới là nguy hiểm', 'feedback'],
  ['xe tải chở cát chạy ban đêm rơi vãi đầy đường, bụi mù mịt', 'feedback'],
  ['đề nghị tỉnh làm thêm sân chơi cho trẻ em ở khu dân cư mới', 'feedback'],
  ['nhà bên cạnh xây lấn sang đất nhà tôi, báo xã mà k ai xuống', 'feedback'],
  ['lấn chiếm vỉa hè bán hàng ở đường Hai Bà Trưng, người đi bộ phải xuống lòng đường', 'feedback'],
  ['nước sinh hoạt khu tôi mấy hôm nay đục ngầu có mùi tanh', 'feedback'],
  ['Tôi phản ánh việc trạm y tế xã không có bác sĩ trực vào cuối tuần', 'feedback'],
  ['mương nước thải chảy thẳng ra sông, cá chết trắng', 'feedback'],
  ['trang dịch vụ công của tỉnh bị lỗi hoài, không upload file được', 'feedback'],
  ['road to my village dug up 3 month nobody fix, very danger at night', 'feedback'],
  ['Có người đổ trộm xà bần ra bãi đất trống cạnh cầu Ông Lớn', 'feedback'],
  ['chó thả rông không rọ mõm cắn con tôi ở công viên, đề nghị chính quyền quản lý', 'feedback'],
  ['cầu treo ở thôn 4 lung lay mục nát, xin sửa sớm', 'feedback'],
  ['bên kia sông có bến cát trái phép hút cát ban đêm', 'feedback'],
  ['phản ánh: hàng xóm nuôi heo xả thải hôi thối', 'feedback'],
  ['kiến nghị mở bộ phận một cửa cả sáng thứ 7 để người đi làm còn đi nộp', 'feedback'],
  ['loa phường phát từ 5h sáng to quá, nhà có người bệnh', 'feedback'],
  ['Trường THCS con tôi học thu nhiều khoản ngoài quy định, tôi muốn phản ánh', 'feedback'],
  ['thùng rác công cộng hư hết rồi, đề nghị thay mới', 'feedback'],
  ['đoạn đê ở xã an hòa bị sạt lở sau trận mưa hôm qua', 'feedback'],
  [
    'I want to complain about an official at the district office asking me for coffee money to speed up my papers',
    'feedback',
  ],
  ['bãi giữ xe trước bệnh viện thu phí cao hơn niêm yết', 'feedback'],
  ['nhà máy gần khu dân cư chạy máy ồn cả đêm, ko ngủ dc', 'feedback'],
  ['biển báo tốc độ ở khúc cua đèo bị cây che khuất, đề nghị phát quang', 'feedback'],
  ['tôi góp ý nên có thêm video hướng dẫn cách nộp hồ sơ online', 'feedback'],
  ['đường dây điện võng thấp sát mái nhà ở hẻm 12, sợ chập cháy lắm', 'feedback'],
  ['mấy đứa đua xe đêm nào cũng rú ga ở đường ven biển, công an đâu hết rồi', 'feedback'],
  ['giá vàng hôm nay bao nhiêu ad', 'none'],
  ['ngày mai trời có mưa không', 'none'],
  ['thanh toán tiền điện tháng này ở đâu vậy', 'none'],
  ['cho hỏi ngân hàng vietcombank chi nhánh tỉnh mấy giờ mở cửa thứ 7', 'none'],
  ['đặt lịch khám bệnh viện đa khoa tỉnh qua zalo được không', 'none'],
  ['điểm thi tuyển sinh lớp 10 năm nay xem ở đâu', 'none'],
  ['web tra cứu phạt nguội là trang nào vậy', 'none'],
  ['xe buýt số 05 từ bến xe về chợ mấy giờ có chuyến cuối', 'none'],
  ['ok cảm ơn nhé', 'none'],
  ['Nhận làm bằng lái xe, bằng đại học giá rẻ, lh 0987 654 321', 'none'],
  ['Is there a good pho restaurant near the city center?', 'none'],
  ['giá xăng hôm nay tăng hay giảm', 'none'],
  ['dong tien nuoc online qua app nao dc vay', 'none'],
  ['where i can change dollar to dong in town', 'none'],
  ['hahaha', 'none'],
  ['lịch chiếu phim rạp cgv tối nay', 'none'],
  ['Bán đất nền ven biển giá rẻ, sổ sẵn, liên hệ zalo 0912 888 777', 'none'],
  ['mai mấy giờ có trận bóng việt nam', 'none'],
  ['bệnh viện nhi tỉnh làm việc đến mấy giờ', 'none'],
  ['tra điểm thi đánh giá năng lực ở đâu ad', 'none'],
  ["hello how's the weather in Da Lat this week", 'none'],
  ['bạn ơi giá lúa hôm nay bao nhiêu 1 ký', 'none'],
  ['hôm nay âm lịch ngày mấy', 'none'],
  ['thôi k cần nữa', 'none'],
  ['vé tàu hỏa đi hà nội mua ở đâu', 'none'],
  ['tra cứu mst 0312345678 còn hoạt động không', 'business'],
  ['cho hỏi công ty TNHH Phú Thịnh Phát ở khu công nghiệp còn hoạt động ko', 'business'],
  ['mst 3702918467 la cong ty gi vay', 'business'],
  ['Can you check if company tax code 0108839201 is still active?', 'business'],
  ['ai là người đại diện pháp luật của cty cổ phần xây dựng Hoàng Long', 'business'],
  ['kiểm tra giúp hộ kinh doanh Tạp hóa Minh Tâm ở xã Phước Lợi đã đăng ký chưa', 'business'],
  ['địa chỉ trụ sở của doanh nghiệp có mã số thuế 4201587325-001 là ở đâu', 'business'],
  ['mình sắp ký hợp đồng với dn này, mst 2301045672, cty có bị giải thể ko ạ', 'business'],
  ['tra cuu doanh nghiep theo ten: cong ty tnhh thuong mai dich vu an khang', 'business'],
  ['Công ty tư vấn du học Sao Việt có đăng ký kinh doanh thật không vậy', 'business'],
  ['I want verify a supplier, tax code 0401234987, is real registered company?', 'business'],
  ['cty nợ lương rồi biến mất, cho mình xem người đại diện và địa chỉ đăng ký của mst 3603124589', 'business'],
  ['tìm thông tin hộ kinh doanh bún bò cô Ba đường 3 tháng 2', 'business'],
  ['doanh nghiệp 0316789012 đang tạm ngừng hay còn hoạt động', 'business'],
  ['phản ánh số PA-2024-00187 của tôi được xử lý chưa', 'feedback_ticket'],
  ['tôi gửi phản ánh về ổ gà tuần trước, mã 24112015, có ai trả lời chưa', 'feedback_ticket'],
  ['kiểm tra kết quả xử lý phản ánh #10452', 'feedback_ticket'],
  ['I reported a broken streetlight last week, ticket 2024-3381. Any update?', 'feedback_ticket'],
  ['pa ve rac thai minh gui roi ma so 88213 den dau roi ad', 'feedback_ticket'],
  ['Kiến nghị số KN-0915 gửi từ tháng 9 sao chưa có phản hồi', 'feedback_ticket'],
  ['phản ánh tiếng ồn karaoke tui gửi hôm 5/11 đã có ai xuống chưa vậy', 'feedback_ticket'],
  ['cho xem câu trả lời của cơ quan chức năng cho phản ánh mã 56712', 'feedback_ticket'],
  ['PA 2023-12-0044 đã chuyển cho phường xử lý chưa', 'feedback_ticket'],
  ['phản ánh số 7701 báo đã xử lý xong, cho tôi xem nội dung trả lời', 'feedback_ticket'],
  ["Show me all the complaints I've submitted", 'my_feedback'],
  ['tôi gửi mấy cái phản ánh rồi mà quên hết mã, liệt kê giúp', 'my_feedback'],
  ['mình muốn xem lịch sử phản ánh của số 0905123456', 'my_feedback'],
  ['tôi quên mã hồ sơ rồi, tra theo sđt được không 0912345678', 'my_dossiers'],
  ['mình nộp mấy bộ hs ở xã với huyện, muốn xem hết 1 lần', 'my_dossiers'],
  ['sdt 0978112233 nộp những hồ sơ nào vậy ad', 'my_dossiers'],
  ['mất giấy biên nhận rồi, không nhớ mã, làm sao xem các hs của mình', 'my_dossiers'],
  ['danh sách hồ sơ đã nộp của tôi trên cổng dịch vụ công', 'my_dossiers'],
  ['cho em xem lại mấy hồ sơ em nộp năm nay ạ', 'my_dossiers'],
  ['báo cho tôi khi hồ sơ 000.00.15.H02-241104-0077 có kết quả nhé', 'dossier_follow'],
  ['theo dõi hồ sơ 000.00.31.H45-240930-0015', 'dossier_follow'],
  ['có kết quả sổ đỏ thì nhắn zalo cho mình được ko, mã H56.10-240812-0044', 'dossier_follow'],
  ['Notify me when my application 000.00.06.H02-241118-0230 changes status', 'dossier_follow'],
  ['dang ky nhan thong bao ho so khai sinh cua con', 'dossier_follow'],
  ['mỗi lần hồ sơ chuyển bước thì báo em với ạ, mã 000.00.22.H18-241201-0101', 'dossier_follow'],
  ['nhờ ad nhắn khi nào hs gpxd xong để tôi lên lấy', 'dossier_follow'],
  ['hủy theo dõi hồ sơ 000.00.15.H02-241104-0077', 'dossier_unfollow'],
  ['lấy kết quả rồi, đừng gửi thông báo về hồ sơ đó nữa', 'dossier_unfollow'],
  ['Stop notifications for application 000.00.06.H02-241118-0230', 'dossier_unfollow'],
  ['bo theo doi ho so khai sinh giup e', 'dossier_unfollow'],
  ['ds ho so minh da bam theo doi', 'follows'],
  ['mình muốn đổi chủ đề nhận tin sang giáo dục và y tế', 'subscriptions'],
  ['Can I subscribe to news about health and vaccination campaigns?', 'subscriptions'],
  ['tôi đang đăng ký nhận những tin gì vậy', 'subscriptions'],
  ['cho em nhận thông báo tuyển dụng công chức với ạ', 'subscriptions'],
  ['bật thông báo lịch tiêm chủng giúp mình', 'subscriptions'],
  ['thêm chủ đề cúp nước vào mục nhận tin', 'subscriptions'],
  ['đừng gửi tin cắt điện cho tôi nữa', 'unsubscribe'],
  ['nhan tin nhieu qua, tat het thong bao di', 'unsubscribe'],
  ['bỏ chủ đề thời tiết thôi, giữ lại giáo dục', 'unsubscribe'],
  ['cho tôi gặp cán bộ', 'handoff'],
  ['tôi muốn nói chuyện với người thật chứ ko phải máy', 'handoff'],
  ['nối máy cho chuyên viên phụ trách đất đai giúp tôi', 'handoff'],
  ['bot trả lời ko đúng ý, có ai trực không', 'handoff'],
  ['ad ơi có nhân viên nào tư vấn trực tiếp ko ạ', 'handoff'],
  ['chuyển cho cán bộ tiếp dân giùm', 'handoff'],
  ['toi can nguoi ho tro truc tiep, chat voi may met qua', 'handoff'],
  ['email của sở tư pháp là gì', 'help'],
  ['What are the office hours of the public administration center?', 'help'],
  ['cach dung chatbot nay sao ad', 'help'],
  ['cho xin sđt phòng tài nguyên môi trường huyện', 'help'],
  ['giờ trưa có nhận hồ sơ ko hay phải đợi chiều', 'help'],
  ['cho hỏi ở trung tâm hành chính công có chỗ gửi xe máy không', 'help'],
  ['cho xem dữ liệu cá nhân của mình mà OA đang giữ', 'my_data'],
  ['bot lưu sđt với tên của tôi hả, cho tôi xem', 'my_data'],
  ['xóa hết thông tin cá nhân của tôi', 'erase_my_data'],
  ['tôi không dùng nữa, xóa sđt và dữ liệu của tôi khỏi hệ thống', 'erase_my_data'],
  ['xoa du lieu ca nhan cua toi di', 'erase_my_data'],
];

// Tuning 51 (250 messages, written blind on 2026-12-05 from the list of labels only, to be learnt from, not to
// study: requests told as stories, third batch).
const batch51Tune: [string, string][] = [
  [
    'Dạ chào anh chị, em là Lan ở thôn 3 xã Cư Êwi, hôm 14/1 em lên bộ phận một cửa huyện nộp hồ sơ tách thửa cho bố em, chị cán bộ hẹn 15 ngày làm việc, giờ đã gần 1 tháng rồi mà chưa thấy gọi, mã hồ sơ trên phiếu hẹn là 000.00.21.H40-260114-0037, anh chị xem giùm em tới đâu rồi ạ',
    'dossier',
  ],
  [
    'Tui nộp hồ sơ đăng ký biến động đất hồi tháng chạp năm ngoái, mã 000 00 07 H40 251230 0112, bữa đó cô ở quầy nói ăn Tết xong là có, giờ ra giêng lâu rồi mà hổng thấy ai gọi hết trơn, coi giùm tui nó kẹt ở khâu nào dzậy',
    'dossier',
  ],
  [
    'chao ad, minh ten Hung, ba minh moi mat thang 11, ca nha dang lam giay to thua ke, rieng cai ho so khai tu nop online ma H40-260219-0088 thi nho ad xem da duyet chua a, may hom nay ko thay sms gi',
    'dossier',
  ],
  [
    'Dạ mạ em già rồi, bữa trước em chở mạ lên xã làm lại giấy khai sinh bị rách, cán bộ nói mười ngày, chừ đã hai tuần mà chưa thấy chi hết. Mã hồ sơ là 000.23.45.H40-260203-0015. Anh chị xem giùm hồ sơ ni tới mô rồi hỉ',
    'dossier',
  ],
  [
    'Hồi tháng 9 tôi có nộp hồ sơ cấp sổ đỏ lần đầu cho mảnh đất vườn ở xóm Đồng, đo đạc xong xuôi rồi, cán bộ địa chính bảo chờ văn phòng đăng ký đất đai duyệt. Giờ đã gần 5 tháng, tôi mất cái phiếu hẹn rồi nhưng tên chủ hồ sơ là Nguyễn Văn Tám. Cho tôi hỏi sổ đỏ của tôi xong chưa ạ',
    'dossier',
  ],
  [
    'em chào các anh chị ạ. em là sinh viên năm cuối, tháng trước em có nộp hồ sơ xin trích lục khai sinh để bổ sung hồ sơ đi du học, mã hồ sơ H33.22-260126-0041. hạn nộp bên trường là cuối tháng này rồi mà em vẫn chưa nhận được, em lo quá, nhờ anh chị tra giúp tình trạng hồ sơ giúp em với ạ',
    'dossier',
  ],
  [
    'chaof anh chij, em nop hoof sow xin giaasy phep xay dung nha o hom 5/2, max 000.00.14.H40-260205-0093, tra giup em xem dduocj chua vi tho ho da doi cho khoi cong may hom roi',
    'dossier',
  ],
  [
    'alo cho tôi hỏi cái hồ sơ chuyển mục đích sử dụng đất của tôi mã số 000 00 21 H40 260108 0276 tôi nộp từ đầu tháng 1 xong rồi cán bộ xã nói đã chuyển lên huyện mà giờ lên huyện hỏi thì người ta bảo chưa nhận được tôi đi lại mấy lần rồi giờ hồ sơ nó đang nằm ở đâu',
    'dossier',
  ],
  [
    'Hello, my wife is Vietnamese and we applied for our marriage registration at the commune office on January 20. The officer gave us a receipt with code 000.00.31.H40-260120-0008 and said 5 working days. It has been three weeks now and nobody called. Could you check the status of this application please?',
    'dossier',
  ],
  [
    'mấy bữa nay tui chờ hoài cái giấy đăng ký hộ kinh doanh cho tiệm tạp hóa của má tui, nộp hôm mùng 2 tây tháng 2, mã hồ sơ H40-260202-0157. Má tui hỏi hoài mà tui hổng biết trả lời sao, ad coi giùm có kết quả chưa nha',
    'dossier',
  ],
  [
    'Hồ sơ đăng ký thường trú cho con dâu tôi nộp qua cổng dịch vụ công từ 29/12, mã 000.00.21.H40-251229-0064, mà tới giờ vẫn thấy ghi đang xử lý. Công an xã bảo chờ, chờ đến bao giờ. Nhờ tra giúp tình trạng hồ sơ này.',
    'dossier',
  ],
  [
    'bác ơi cháu làm thủ tục cấp đổi giấy phép lái xe trên mạng từ tuần trước, nộp xong nó báo thành công mà cháu quên chụp lại mã, cháu tên Trần Thị Hoa, cháu muốn hỏi hồ sơ đổi bằng lái của cháu đã xong chưa ạ',
    'dossier',
  ],
  [
    'Vâng em chào anh chị, nhà em ở phường Quang Trung, tuần trước em có lên trung tâm hành chính công nộp hồ sơ xin xác nhận tình trạng hôn nhân để đi đăng ký kết hôn bên Hàn, mã 000.01.05.H40-260210-0022. Bên kia người ta giục lắm rồi ạ, anh chị xem hộ em hồ sơ đã có kết quả chưa ạ, em cảm ơn nhiều',
    'dossier',
  ],
  [
    'TÔI NỘP HỒ SƠ XIN TRỢ CẤP NGƯỜI CAO TUỔI CHO BỐ TÔI TỪ THÁNG 11 NĂM 2025, MÃ HỒ SƠ 000.00.21.H40-251118-0330, ĐẾN NAY ÔNG ĐÃ 81 TUỔI MÀ VẪN CHƯA ĐƯỢC NHẬN ĐỒNG NÀO. ĐỀ NGHỊ KIỂM TRA XEM HỒ SƠ ĐANG Ở ĐÂU',
    'dossier',
  ],
  [
    'Răng mà lâu rứa hè. Tui nộp hồ sơ xin hỗ trợ làm nhà cho hộ nghèo mã H40-260115-0204 từ rằm tháng chạp, cán bộ xã nói chờ huyện phê. Coi giùm tui hồ sơ ni đã phê chưa',
    'dossier',
  ],
  [
    'em nop ho so dang ky xe may chinh chu hom thu 6 tuan truoc o cong an huyen, ma 000.00.09.H40-260206-0118, ho hen 2 tuan, gio em dang di lam xa ko ve dc, nho ad check ho em da co ket qua chua de em nho ng nha len lay',
    'dossier',
  ],
  [
    'Con tôi đi xuất khẩu lao động Nhật, trước khi đi nó có làm hồ sơ xin cấp phiếu lý lịch tư pháp số 2 mã 000.00.21.H40-260112-0019 ủy quyền cho tôi đi lấy. Tôi đã ra Sở Tư pháp một lần mà người ta bảo chưa có. Nhờ xem giúp giờ đã có chưa để tôi khỏi đi uổng công',
    'dossier',
  ],
  [
    'dạ em chào anh chị, em mới sanh bé thứ 2 hôm 28 tết, ông xã em đi làm khai sinh online cho bé, mã hồ sơ 000.00.21.H40-260218-0072, mà tới giờ em vô coi vẫn thấy chưa duyệt, bé chưa có mã định danh nên chưa làm bảo hiểm được, anh chị coi giùm em hồ sơ đó sao rồi ạ',
    'dossier',
  ],
  [
    'ho so so 0037 ngay 14/1 o xa Hoa Phu, toi ko nho ma day du, chi nho duoi la 0037, ho so cap giay chung nhan quyen su dung dat cho me toi. xin kiem tra tinh trang giup, me toi dang benh cu hoi hoai',
    'dossier',
  ],
  [
    'Kính gửi anh chị, gia đình tôi có hồ sơ đề nghị bồi thường giải phóng mặt bằng dự án đường tránh, mã hồ sơ H40-251120-0451. Đã qua 3 lần họp dân, ủy ban xã hứa tháng 1 chi trả mà đến nay chưa có gì. Tôi muốn biết hồ sơ của gia đình tôi đang ở bước nào.',
    'dossier',
  ],
  [
    'hi ad, em là Vy, tháng rồi em có apply hồ sơ cải chính hộ tịch để sửa tên lót qua dichvucong, code là 000.00.21.H40-260121-0140. Trạng thái cứ hiện "đang thụ lý" hoài, cho em hỏi status hiện tại với ạ, em cần gấp để làm passport',
    'dossier',
  ],
  [
    'Ông nội em 90 tuổi rồi, nhà em làm hồ sơ xin chế độ người có công, cán bộ lao động xã thu hồ sơ từ tháng 10, đưa cái giấy biên nhận số 000.00.21.H40-251014-0009. Đợi gần 4 tháng rồi ạ. Nhờ anh chị tra giúp hồ sơ này giờ ra sao.',
    'dossier',
  ],
  [
    'Cho em hỏi chút ạ, hôm 3/2 em lên huyện nộp đăng ký hộ kinh doanh quán bún, người ta bảo 3 ngày là xong nhưng giờ đã hơn 1 tuần. Mã là H40-260203-0061. Em thuê mặt bằng rồi, mỗi ngày mất tiền không, xem giúp em xong chưa ạ.',
    'dossier',
  ],
  [
    'mã hồ sơ 000.12.30.H40-260130-0199 đây ạ, hồ sơ gia hạn giấy phép khai thác nước dưới đất của cơ sở nước đá nhà tôi, tôi nộp trước tết, giấy phép cũ hết hạn cuối tháng 2 rồi, mong xem giúp đã được giải quyết hay chưa',
    'dossier',
  ],
  [
    'Bà nội tôi mất hồi tháng 12, nhà tôi làm hồ sơ xin hỗ trợ chi phí mai táng theo diện bảo trợ xã hội, cán bộ xã nhận rồi đưa mã H40-260109-0033. Hơn một tháng rồi chưa thấy gì, anh chị xem giúp đến đâu rồi.',
    'dossier',
  ],
  [
    'Dạ em hỏi chút, nhà em bị sạt lở hồi lũ tháng 11, xã làm hồ sơ cho nhà em xin hỗ trợ di dời, em nộp đủ giấy tờ rồi, mã em chụp lại là 000 00 21 H40 251205 0287. Tới chừ răng chưa nghe chi, anh chị tra giùm em hồ sơ ni xử lý tới đâu rồi',
    'dossier',
  ],
  [
    'cho hỏi hồ sơ đăng ký sang tên sổ đỏ từ ông bà sang bố mẹ tôi nộp tháng 12 năm ngoái ở văn phòng đăng ký đất đai chi nhánh huyện mã 000.00.21.H40-251216-0405 giờ đã ký chưa bố tôi ốm nằm viện cứ hỏi suốt',
    'dossier',
  ],
  [
    "Hello, I'm Ken from Japan, I work at the industrial park. Our HR department submitted my work permit application last month and gave me the code H40-260127-0010. My visa depends on it and I'm getting nervous. Could you tell me if it has been approved yet?",
    'dossier',
  ],
  [
    'Dạ con chào cô chú, năm rồi nhà con làm nhiều thủ tục quá, khai sinh cho em út, tách hộ, đăng ký xe, rồi sổ đỏ... giờ con không nhớ mã hồ sơ nào hết, con dùng số Zalo này để nộp, cô chú cho con xem danh sách tất cả hồ sơ của con được không ạ',
    'my_dossiers',
  ],
  [
    'toi quen mat ma ho so roi, giay hen thi de trong tui ao vo toi dem giat nat het, sdt dang ky la so zalo nay, xem giup toi cac ho so cua toi voi',
    'my_dossiers',
  ],
  [
    'Tui già rồi mắt kém, thằng con tui nộp mấy cái hồ sơ trên mạng giùm tui bằng số điện thoại này, giờ nó đi làm trên Bình Dương, tui muốn coi hết mấy cái hồ sơ tui đã nộp coi cái nào xong cái nào chưa',
    'my_dossiers',
  ],
  [
    'em chia sẻ số điện thoại rồi đó ạ, anh chị liệt kê giúp em toàn bộ hồ sơ em đã nộp từ đầu năm, em làm sổ sách cho hộ kinh doanh nhà mình nên nộp lung tung nhiều quá không nhớ nổi',
    'my_dossiers',
  ],
  [
    "Hi, over the past months I've submitted several applications (temporary residence, driving licence conversion, and something my landlord helped me with) and I lost track of all the reference numbers. Can you show me all the applications linked to my phone number?",
    'my_dossiers',
  ],
  [
    'Ad ơi, tui có nộp hồ sơ chi đó mấy lần ở xã với huyện mà chừ quên sạch mã rồi. Cho tui coi hết các hồ sơ của tui với hỉ, số zalo ni là số tui đăng ký đó',
    'my_dossiers',
  ],
  [
    'Mình là trưởng thôn, hay đi nộp hồ sơ giúp bà con, nhưng mấy cái đứng tên nhà mình thì mình muốn xem lại một lượt tất cả, có cách nào tra hết hồ sơ của mình theo số điện thoại không',
    'my_dossiers',
  ],
  [
    'Trước tết tôi nộp 3 hồ sơ, sau tết nộp thêm 2 cái nữa, giờ lẫn lộn hết rồi không biết mã nào là của cái nào. Cho tôi xem danh sách hồ sơ của tôi',
    'my_dossiers',
  ],
  ['cho minh xem tat car hoof sow minh dax nop nhes, minh ko nhow max, hom bua mat dien thoai cu', 'my_dossiers'],
  [
    'Em chào anh chị ạ. Bà em nhờ em kiểm tra mấy hồ sơ bà nộp, bà dùng luôn Zalo này của em để đăng ký. Anh chị cho em xem tất cả hồ sơ đang đứng tên số này với ạ.',
    'my_dossiers',
  ],
  [
    'Hồ sơ cấp sổ đỏ mã 000.00.21.H40-260107-0125 của tôi cán bộ bảo còn phải chờ bên thuế xác định nghĩa vụ tài chính, chắc cũng cả tháng. Tôi đi làm công trình suốt không hay xem điện thoại, có kết quả thì báo cho tôi một tiếng được không',
    'dossier_follow',
  ],
  [
    'em nộp hồ sơ xin giấy phép xây dựng rồi, mã H40-260211-0046, giờ em chỉ muốn hễ có gì thay đổi là nhắn em liền nha ad, chứ ngày nào cũng vô tra mệt quá à',
    'dossier_follow',
  ],
  [
    'theo dõi giúp em hồ sơ 000.00.21.H40-260214-0019 với ạ, hồ sơ khai sinh cho con em, khi nào xong báo em để em lên lấy, nhà em cách xã 15 cây số',
    'dossier_follow',
  ],
  [
    'My residence card renewal has the code H40-260116-0202. The officer said it might take a while because of the Tet holiday. Can you notify me automatically when its status changes?',
    'dossier_follow',
  ],
  [
    'Anh chị ơi hồ sơ chuyển nhượng đất của tui mã 000.00.21.H40-260122-0087, chừ tui vô Sài Gòn thăm con cả tháng, có chi thay đổi thì nhắn tui qua zalo ni với nghe',
    'dossier_follow',
  ],
  [
    'tôi muốn đăng ký nhận thông báo cho hồ sơ mã số 000 00 21 H40 260209 0301 khi nào có kết quả thì nhắn tin cho tôi chứ tôi không biết tra',
    'dossier_follow',
  ],
  [
    'bố em đang chờ kết quả hồ sơ hưởng trợ cấp tuất mã H40-260105-0176, ông cứ sốt ruột, em muốn bật thông báo để có gì Zalo tự báo cho em, em đọc cho ông nghe',
    'dossier_follow',
  ],
  [
    'ho so dang ky ket hon cua em ma 000.00.21.H40-260220-0005, thang sau em cuoi roi, nho ad bao em ngay khi ho so co ket qua nhe',
    'dossier_follow',
  ],
  [
    'Mã hồ sơ em đây ạ: 000.44.18.H40-260213-0066. Em không cần tra bây giờ đâu, chỉ cần khi nào hồ sơ chuyển trạng thái thì nhắn em là được ạ.',
    'dossier_follow',
  ],
  [
    'Hồ sơ khai sinh cho cháu nội tôi mã 000.00.21.H40-260114-0052 đã có kết quả, nhà tôi lấy giấy về rồi, mà ngày nào Zalo vẫn báo. Thôi đừng gửi thông báo về hồ sơ đó nữa',
    'dossier_unfollow',
  ],
  [
    'ad ơi hồ sơ H40-260118-0099 tui lấy kết quả rồi, tắt cái thông báo giùm tui nha, tối nào nó cũng ting ting',
    'dossier_unfollow',
  ],
  ['em không muốn theo dõi hồ sơ 000.00.21.H40-260201-0148 nữa ạ, hồ sơ đó em rút về làm lại rồi', 'dossier_unfollow'],
  [
    "I followed my application H40-260109-0211 but my company's agent handles it now. Please stop sending me updates about that application.",
    'dossier_unfollow',
  ],
  [
    'Hồ sơ tách hộ mã 000.00.21.H40-251225-0033 xong xuôi rồi, tui không cần nhắn tin báo nữa, bỏ theo dõi giùm tui',
    'dossier_unfollow',
  ],
  [
    'huy theo doi ho so 000 00 21 H40 260104 0008 giup minh nhe. ho so nay la so do cua me minh, hom qua me minh len huyen nhan so r, ca nha mung qua, ma zalo van cu bao tinh trang hoai',
    'dossier_unfollow',
  ],
  [
    'Hồi trước tôi có bấm theo dõi mấy hồ sơ, của tôi, của vợ, của thằng con, giờ không nhớ đang theo dõi những cái nào. Cho tôi xem danh sách hồ sơ đang nhận thông báo',
    'follows',
  ],
  [
    'tui đang được báo tin mấy hồ sơ vậy ad, coi giùm tui cái nào đang theo dõi, chứ thằng cháu bấm giùm rồi nó đi mất',
    'follows',
  ],
  [
    'em muốn kiểm tra xem zalo em đang đăng ký nhận thông báo cho những hồ sơ nào ạ, vì có hồ sơ không thấy báo gì',
    'follows',
  ],
  [
    'Which applications am I currently following? I think I turned on alerts for two of them but only get messages for one.',
    'follows',
  ],
  [
    'cho hoi minh dang theo doi nhung ho so nao vay ad, hoi thang 1 minh co bam theo doi cho ho so cua minh va cua anh trai, ma may bua nay ko thay bao gi het nen ko biet con theo doi ko',
    'follows',
  ],
  [
    'Tui nhờ thằng cháu bấm theo dõi hồ sơ giùm mà không biết hắn bấm được cái mô chưa. Cho tui coi danh sách hồ sơ tui đang theo dõi',
    'follows',
  ],
  [
    'Dạ em chào anh chị, vợ em mới sinh bé gái ngày 10/2 ở bệnh viện tỉnh, em là công nhân làm ca nên không đi giờ hành chính được. Cho em hỏi làm giấy khai sinh cho bé cần mang những giấy tờ gì, có làm online được không, mất bao lâu ạ',
    'procedure',
  ],
  [
    'Tui với bả quen nhau 3 năm rồi, giờ tính làm đám cưới tháng 4. Bả quê Cà Mau, tui ở đây. Giờ đăng ký kết hôn thì làm ở đâu, cần giấy tờ gì, có phải về quê bả xin giấy xác nhận độc thân hông',
    'procedure',
  ],
  [
    'Cháu chào các bác, bà cháu năm nay 78 tuổi, cái căn cước cũ hết hạn từ năm ngoái mà bà đi lại khó khăn. Cho cháu hỏi có thủ tục nào để công an xuống tận nhà làm căn cước cho người già không, và cần chuẩn bị những gì ạ',
    'procedure',
  ],
  [
    'bố tôi mất tháng trước, để lại mảnh đất 200m2 đã có sổ đỏ đứng tên bố. Mẹ tôi và 3 anh em muốn làm thủ tục thừa kế sang tên cho mẹ. Xin hỏi phải làm những bước nào, công chứng ở đâu, thuế phí bao nhiêu',
    'procedure',
  ],
  [
    'em dinh mo quan tra sua nho truoc cong truong, hoi chi hang xom thi chi bao phai dang ky ho kinh doanh. cho em hoi thu tuc dang ky ho kinh doanh can gi, le phi bao nhieu, bao lau thi co giay',
    'procedure',
  ],
  [
    'Nhà tui tính xây lại cái nhà cấp 4 thành 2 tầng, ở trong kiệt ngoài thị trấn. Ông tổ trưởng nói phải xin giấy phép xây dựng, còn thằng thợ nói nhà dưới 3 tầng khỏi xin. Rứa rốt cuộc có phải xin không, xin thì cần giấy chi',
    'procedure',
  ],
  [
    "Hi, I'm an English teacher from Canada, I've lived here for 2 years and my Vietnamese girlfriend and I want to get married here. What documents do I need, where do we register, and do my papers need to be legalized?",
    'procedure',
  ],
  [
    'Hôm qua tôi đi chợ bị móc túi mất ví, trong đó có căn cước, bằng lái xe, thẻ bảo hiểm y tế. Đã trình báo công an phường rồi. Giờ làm lại căn cước thì làm ở đâu, mất bao lâu, có tốn tiền không',
    'procedure',
  ],
  [
    'cho tôi hỏi con tôi sinh ra ở Đài Loan giờ về Việt Nam muốn đăng ký khai sinh cho cháu thì cần giấy tờ gì và làm ở đâu tôi hỏi ở xã thì xã bảo lên huyện mà lên huyện thì bảo hỏi tỉnh',
    'procedure',
  ],
  [
    'Em đang tính làm sổ đỏ lần đầu cho miếng đất ba má cho, đất ông bà khai hoang từ hồi trước 1993, hổng có giấy tờ gì hết trơn. Vậy có làm sổ được hông, cần những giấy gì, phí bao nhiêu dzậy anh chị',
    'procedure',
  ],
  [
    'Chào ad, mình là du học sinh mới về nước, cần làm lý lịch tư pháp để nộp hồ sơ xin việc công ty nước ngoài. Nộp ở đâu, làm online được không, mấy ngày thì có vậy',
    'procedure',
  ],
  [
    'Nhà em chuyển từ Hà Nội về đây sinh sống được nửa năm, giờ muốn chuyển hộ khẩu về nhà mới mua. Anh chị cho em hỏi đăng ký thường trú hồ sơ gồm những gì, có cần xóa đăng ký ở Hà Nội trước không ạ',
    'procedure',
  ],
  [
    'Tôi là thương binh, mới chuyển về sống cùng con gái ở tỉnh này. Muốn chuyển hồ sơ hưởng trợ cấp ưu đãi về đây thì thủ tục ra sao, nộp ở đâu',
    'procedure',
  ],
  [
    'cho em hoir thur tucj cap laij banr chinh giaays khai sinh bij mat thi lam sao a. nha em chuyen nha 3 lan nen that lac mat, em sinh nam 1998 o xa khac, gio can gaaps de lam ho chieu di lam o Dai Loan thang sau',
    'procedure',
  ],
  [
    'Con tui năm ni vô lớp 1, trường đòi bản sao giấy khai sinh mà bản chính bị mối ăn mất một góc. Chừ tui xin trích lục khai sinh ở mô, có mất tiền không hỉ',
    'procedure',
  ],
  [
    'Ba tôi 80 tuổi, nghe nói người từ 80 trở lên được hưởng trợ cấp xã hội hằng tháng. Ông mới qua sinh nhật hồi tháng giêng. Làm hồ sơ ở đâu, cần giấy gì để ông được nhận ạ',
    'procedure',
  ],
  [
    'tui co cai xe may mua lai cua ong hang xom tu 2019, giay to van dung ten ong do, gio ong qua My dinh cu roi. lam sao sang ten dc vay ad',
    'procedure',
  ],
  [
    'ad ơi cho em hỏi procedure làm bằng lái quốc tế (IDP) ạ, tháng 5 em đi Úc work and holiday, em nghe nói làm online được mà không biết vào trang nào, phí bao nhiêu',
    'procedure',
  ],
  [
    'Chị tôi mất hôm 2 tháng 12, nhà lo đám xong xuôi mới nhớ chưa làm giấy chứng tử. Đã quá 15 ngày rồi có bị phạt không, cần mang những gì lên xã để đăng ký khai tử',
    'procedure',
  ],
  [
    'Em là công nhân ở trọ gần khu công nghiệp, chủ trọ nói phải đăng ký tạm trú không là bị phạt. Em ở đây 6 tháng rồi. Đăng ký tạm trú thì làm trên app được không, cần giấy tờ gì ạ',
    'procedure',
  ],
  [
    'Em chào anh chị ạ, em với chồng em cưới nhau từ 2019 nhưng chưa đăng ký kết hôn, giấy khai sinh của con chỉ có tên mẹ. Giờ con chuẩn bị đi học, muốn ghi tên bố vào thì phải làm thủ tục nhận cha con phải không ạ, cần chuẩn bị gì',
    'procedure',
  ],
  [
    'Ông bà nội tôi để lại căn nhà, giờ ông bà muốn làm giấy tặng cho tôi. Thủ tục tặng cho quyền sử dụng đất từ ông bà sang cháu có phải đóng thuế thu nhập cá nhân không, làm ở đâu',
    'procedure',
  ],
  [
    'Chị hai tui mở tiệm nail mấy năm rồi, giờ muốn chuyển lên công ty TNHH cho dễ xuất hóa đơn. Vậy thủ tục thành lập công ty làm sao, mấy ngày xong, có cần thuê dịch vụ hông',
    'procedure',
  ],
  [
    'Tôi chạy xe ôm công nghệ được 4 năm, giờ gom góp mua xe 7 chỗ chạy dịch vụ. Cho hỏi có phải xin giấy phép kinh doanh vận tải với phù hiệu không, làm ở đâu, hồ sơ gồm gì',
    'procedure',
  ],
  [
    'tôi muốn hỏi thủ tục xin cấp phép đào đường để đấu nối nước thải từ nhà ra cống chung thì làm ở đâu xin ai vì tôi đang sửa nhà thợ bảo phải có giấy phép mới được đào',
    'procedure',
  ],
  [
    'Ba mạ tui già rồi, muốn làm giấy ủy quyền cho tui đi làm sổ đỏ thay. Chừ chứng thực giấy ủy quyền ở xã được không hay phải ra phòng công chứng, mang chi theo',
    'procedure',
  ],
  [
    "Good afternoon. I'm Korean, working as a manager at a garment factory here. My wife and two kids are coming to join me next month. What is the procedure to declare their temporary residence, and what do we need to bring?",
    'procedure',
  ],
  [
    'Mình trồng 2 ha sầu riêng, thương lái bảo phải có mã số vùng trồng mới xuất đi Trung Quốc được. Đăng ký mã số vùng trồng thì nộp ở đâu, cần giấy gì, có mất phí không',
    'procedure',
  ],
  [
    'Em là giáo viên hợp đồng, năm nay định thi viên chức, hồ sơ yêu cầu bản sao chứng thực bằng cấp. Chứng thực bản sao ở xã lấy phí bao nhiêu một trang ạ, có cần mang bản gốc không',
    'procedure',
  ],
  [
    'me minh bi khuyet tat chan tu nho, nha ngheo, nghe noi co the xin giay xac nhan khuyet tat de huong tro cap. thu tuc ntn, nop o dau v ad',
    'procedure',
  ],
  [
    'Bữa trước tui lên xã hỏi chuyện tách thửa cho thằng út cất nhà, cô cán bộ nói diện tích tối thiểu phải đủ bao nhiêu mét mới tách được, tui quên mất tiêu. Miếng đất tui 300m2 có 100m2 thổ cư, tách được hông, thủ tục sao',
    'procedure',
  ],
  [
    'Con trai tôi đi nghĩa vụ quân sự về, muốn xin hỗ trợ học nghề cho bộ đội xuất ngũ. Hỏi xã thì bảo lên phòng lao động. Vậy thủ tục này gồm những gì, hạn nộp đến khi nào',
    'procedure',
  ],
  [
    'Em năm nay 17 tuổi, sắp 18, muốn làm hộ chiếu để đi du học, bố mẹ em đi làm ăn xa. Chưa đủ 18 thì làm hộ chiếu có cần bố mẹ đi cùng không, nộp online được không ạ',
    'procedure',
  ],
  [
    'Nhà tui nuôi 200 con heo, giờ muốn mở rộng lên trang trại. Xã nói phải kê khai chăn nuôi với xin giấy chứng nhận đủ điều kiện. Thủ tục ni răng, mất bao lâu, nộp ở mô',
    'procedure',
  ],
  [
    'Tôi mua căn hộ chung cư từ 2021, chủ đầu tư hứa cấp sổ hồng mà đến giờ chưa có. Nếu tôi tự đi làm thủ tục cấp giấy chứng nhận cho căn hộ thì cần những gì và nộp ở đâu',
    'procedure',
  ],
  [
    'Vâng, em xin phép hỏi ạ: tên em trong khai sinh là Nguyễn Thị Thu Hường nhưng trong học bạ, bằng đại học lại ghi Hương. Giờ đi làm giấy tờ gì cũng bị vướng. Thủ tục cải chính hộ tịch thì làm thế nào ạ',
    'procedure',
  ],
  [
    'alo tôi hỏi thủ tục cấp giấy phép bán lẻ rượu cho tạp hóa nhà tôi thì nộp ở đâu phí bao nhiêu tôi bán rượu đóng chai thôi không nấu',
    'procedure',
  ],
  [
    "Hello, I'm a retired American living here with my Vietnamese wife. Can I convert my Texas driver's license into a Vietnamese one? What papers do I need and where do I go?",
    'procedure',
  ],
  [
    'Em mới mua miếng đất 5x20 bên Long Hòa, chủ cũ ký công chứng rồi. Giờ đi sang tên sổ thì lệ phí trước bạ bao nhiêu phần trăm, nộp hồ sơ ở đâu vậy ạ',
    'procedure',
  ],
  [
    'Gia đình tôi thuộc hộ cận nghèo năm 2025, năm nay thu nhập vẫn vậy. Muốn được công nhận hộ cận nghèo năm 2026 để con được miễn học phí thì phải làm đơn gì, gửi ai',
    'procedure',
  ],
  [
    'em moi thue mat bang mo tiem com tam, thang sau khai truong, anh ban bao treo bangr ron quangr cao truoc cuwa hang ma ko xin phep la bi phat. cho minh hoir thur tucj xin giaasy phep treo bang ron la j, nop o dau',
    'procedure',
  ],
  [
    'Tui mới mua chiếc ghe cũ để đánh bắt ven bờ. Nghe nói phải đăng ký tàu cá và xin giấy phép khai thác thủy sản. Thủ tục ni làm ở mô, cần giấy tờ chi',
    'procedure',
  ],
  [
    'Kính gửi UBND, tôi ở tổ 7 phường Tân Lập. Từ tết đến giờ đoạn đường Lê Lợi trước trường tiểu học có một ổ gà to bằng cái nong, trời mưa đọng nước không ai thấy, tuần rồi hai đứa học sinh đi xe đạp ngã trầy hết mặt. Tôi đã báo tổ trưởng mà chưa thấy ai làm. Đề nghị cho sửa gấp.',
    'feedback',
  ],
  [
    'Xóm tui ở hẻm 42 đường Trần Phú, gần 2 tuần nay xe rác không vô lấy, rác chất đống đầu hẻm, chó mèo bới tùm lum, hôi không chịu nổi. Tui gọi công ty môi trường thì họ nói hợp đồng với phường. Mong chính quyền xử lý dùm bà con',
    'feedback',
  ],
  [
    'Em phản ánh ạ: quán karaoke ở số 15 ngõ 3 Hoàng Diệu hát đến 1-2 giờ sáng đêm nào cũng vậy, nhà em có con nhỏ và bố em đang ốm. Em đã gọi công an phường 2 lần, họ xuống nhắc xong đâu lại vào đấy. Đề nghị xử lý dứt điểm ạ',
    'feedback',
  ],
  [
    'Mấy bóng đèn đường đoạn từ cầu Bà Mụ tới ngã ba Cây Gạo tắt hết cả tháng ni rồi, tối đen như mực, bà con đi chợ sớm sợ lắm. Tui báo xã rồi mà chưa thấy chi. Đề nghị cho người sửa',
    'feedback',
  ],
  [
    'nha minh o thon 5 xa Phu Son, xuong da ben canh xa nuoc thai ra suoi, ca chet noi trang, nuoc boc mui hoi. ba con da lam don gui xa tu thang 12 ma chua ai xuong. de nghi tinh kiem tra',
    'feedback',
  ],
  [
    'Hôm thứ 5 tuần trước tôi lên bộ phận một cửa huyện nộp hồ sơ, cán bộ ở quầy số 3 nói chuyện rất khó chịu, tôi hỏi lại thì quát "hỏi hoài", còn gợi ý phải "bồi dưỡng" mới nhanh. Tôi phản ánh để lãnh đạo chấn chỉnh thái độ cán bộ này.',
    'feedback',
  ],
  [
    'tôi phản ánh là nhà bên cạnh đang xây lấn sang đất nhà tôi khoảng 30 phân tôi đã báo địa chính xã mà họ vẫn cứ xây ban đêm xin chính quyền xuống lập biên bản đình chỉ giúp',
    'feedback',
  ],
  [
    'Mưa có chút xíu mà đường Nguyễn Văn Cừ khúc gần chợ ngập tới đầu gối, cống bị nghẹt rác. Năm nào cũng vậy, bà con buôn bán hổng được. Đề nghị nạo vét cống giùm',
    'feedback',
  ],
  [
    "Hi, I live in the An Thuong area. The sidewalk in front of my building has been blocked by parked motorbikes and food stalls for months, and my elderly mother in a wheelchair literally cannot get past. I'd like to report this and ask the ward to do something.",
    'feedback',
  ],
  [
    'Cây xà cừ cổ thụ trước số nhà 120 đường Quang Trung bị mục gốc, nghiêng hẳn ra đường, hôm qua gió to gãy một cành lớn suýt rơi trúng người. Đề nghị cơ quan chức năng cắt tỉa hoặc chặt hạ trước mùa mưa bão.',
    'feedback',
  ],
  [
    'Trạm y tế xã tui chừ thiếu thuốc quá, mạ tui bị cao huyết áp đi lấy thuốc bảo hiểm ba lần đều nói hết, phải ra ngoài mua. Tui kiến nghị tỉnh xem lại chuyện ni',
    'feedback',
  ],
  [
    'Tôi là giáo viên về hưu, xin kiến nghị: khu vực cổng trường THCS giờ tan học xe cộ ùn tắc nghiêm trọng, phụ huynh đỗ xe tràn ra lòng đường. Đề nghị bố trí lực lượng phân luồng hoặc kẻ vạch đỗ xe.',
    'feedback',
  ],
  [
    'ad oi ngay nao cung co may chiec xe ben cho dat chay qua duong lang, do dat cat tum lum, bui mu troi, xe chay toc do cao, con nit di hoc nguy hiem lam. bao dum chinh quyen voi',
    'feedback',
  ],
  [
    'Tôi có đơn tố cáo việc lãnh đạo xã cho người nhà thuê đất công ích giá rẻ rồi cho thuê lại. Bà con trong thôn đã có ý kiến nhiều lần ở các buổi tiếp xúc cử tri nhưng không được trả lời. Mong tỉnh xem xét.',
    'feedback',
  ],
  [
    'phanr anhs cai ho ga truoc nha so 8 duong Le Duan bij vowx nap, hoom qua 1 ong gia suyt tet xuong, de nghi xu ly gaaps',
    'feedback',
  ],
  [
    'Tui bán trái cây ở chợ phường 3, ban quản lý chợ thu phí mỗi ngày 30 ngàn mà không đưa biên lai, hỏi thì nói quy định vậy. Tui muốn phản ánh coi vậy có đúng không',
    'feedback',
  ],
  [
    'Đoạn đê bao thôn Phú Thứ bị sạt một khúc dài chừng 20 mét hồi lũ năm ngoái, tới chừ chưa ai đắp lại. Sắp mùa mưa nữa rồi, bà con lo lắm. Kiến nghị tỉnh cho kinh phí sửa',
    'feedback',
  ],
  [
    'Xin phản ánh: tôi gọi đường dây nóng của thành phố để báo vụ đốt rác mà gọi cả chục lần không ai bắt máy. Đường dây nóng để làm gì nếu không ai nghe?',
    'feedback',
  ],
  [
    'Nhà em ở khu tập thể, tầng 1 có nhà mở xưởng sơn đồ gỗ, mùi sơn nồng nặc cả ngày, con em 3 tuổi bị ho suốt. Em đã nói chuyện với họ nhưng họ bảo có giấy phép. Em muốn phản ánh để phường xuống kiểm tra ạ',
    'feedback',
  ],
  [
    'ad ơi em muốn report cái trạm chờ xe buýt ở ngã tư Phan Chu Trinh bị hỏng mái che từ hồi bão, mưa là ướt hết, mấy bà cụ đứng chờ tội lắm, suggest sửa lại giúp ạ',
    'feedback',
  ],
  [
    'Con tôi học lớp 3, đầu năm trường thu các khoản gọi là tự nguyện gần 3 triệu, có quỹ lớp, quỹ hội, tiền máy lạnh... không phụ huynh nào dám ý kiến. Tôi xin phản ánh về việc lạm thu này.',
    'feedback',
  ],
  [
    'tôi báo là cây cầu khỉ qua kênh ở ấp 4 xã Tân Phú bị gãy mấy tấm ván rồi học sinh đi học phải lội nước nguy hiểm lắm đề nghị xã làm lại cầu',
    'feedback',
  ],
  [
    'Chó thả rông ở khu dân cư tui nhiều quá, tuần rồi thằng cháu tui bị cắn phải đi chích ngừa dại tốn mấy triệu. Xã có quy định chi mà chủ chó không ai bị phạt hết. Đề nghị xử lý',
    'feedback',
  ],
  [
    'Tôi xin góp ý: cổng dịch vụ công của tỉnh rất hay bị lỗi vào buổi sáng, tôi nộp 3 lần đều báo lỗi tải tệp đính kèm, mất cả buổi. Đề nghị nâng cấp hệ thống.',
    'feedback',
  ],
  [
    'Chợ tự phát họp ngay trên đường Lý Thường Kiệt mỗi sáng, bày hàng ra tới giữa đường, sáng nào tui chở con đi học cũng kẹt cứng, có bữa suýt đụng xe. Mong phường dẹp giùm',
    'feedback',
  ],
  [
    'khu pho em bi cup nuoc 5 ngay lien, ben cap nuoc bao dang sua duong ong nhung ko co thong bao truoc, nha em co nguoi gia va tre nho rat kho khan. de nghi ubnd yeu cau ho khac phuc',
    'feedback',
  ],
  [
    'Em phản ánh việc hút cát trái phép trên sông đoạn qua thôn Đông, đêm nào cũng có 3-4 thuyền hút cát, bờ sông sạt lở vào tận vườn nhà dân. Ai cũng biết mà không ai xử lý.',
    'feedback',
  ],
  [
    'Tuần trước tôi đưa con đi tiêm ở trạm y tế phường, phải chờ từ 7h đến 11h vì chỉ có 1 cán bộ làm, còn người khác ngồi bấm điện thoại. Mong lãnh đạo xem lại cách tổ chức.',
    'feedback',
  ],
  [
    'Nhà văn hóa thôn tui xây xong từ năm 2023 mà khóa cửa suốt, bà con muốn họp hay tập văn nghệ cũng không được vô, chìa khóa ông trưởng thôn giữ. Kiến nghị cho mở cửa phục vụ bà con',
    'feedback',
  ],
  [
    "I run a small homestay near the beach. Every weekend someone burns plastic waste on the vacant lot next door and the smoke goes straight into my guests' rooms. I talked to the neighbours but nothing changed. I want to file a complaint about this.",
    'feedback',
  ],
  [
    'Tôi ở chung cư Hoàng Anh, ban quản trị thu phí bảo trì đều mà thang máy hỏng cả tháng không sửa, người già phải leo bộ 12 tầng. Mong chính quyền vào cuộc.',
    'feedback',
  ],
  [
    'Kiến nghị: đoạn quốc lộ ngang trường mẫu giáo ấp Bình An hổng có gờ giảm tốc, xe tải chạy như bay, năm rồi đã có một vụ tông chết người. Xin làm gờ giảm tốc và biển báo',
    'feedback',
  ],
  [
    'TÔI ĐÃ CHỜ 3 THÁNG ĐỂ XÃ TRẢ LỜI ĐƠN TRANH CHẤP RANH ĐẤT MÀ KHÔNG AI GIẢI QUYẾT, CÁN BỘ ĐỊA CHÍNH CỨ HẸN LẦN HẸN LỮA. TÔI PHẢN ÁNH VIỆC XÃ CHẬM GIẢI QUYẾT ĐƠN CỦA DÂN',
    'feedback',
  ],
  [
    'Cháu xin phản ánh: đoạn mương nội đồng thôn Trung bị bèo và rác bít kín, nước không chảy được, ruộng nhà cháu và mấy nhà bên cạnh không có nước cấy vụ xuân. Mong xã cho nạo vét.',
    'feedback',
  ],
  [
    'Có một nhóm người lạ đến thôn tôi tổ chức hội thảo bán thực phẩm chức năng cho người già, hứa chữa bách bệnh, mẹ tôi đã mua hết 8 triệu. Tôi phản ánh để cơ quan chức năng kiểm tra xử lý.',
    'feedback',
  ],
  [
    'Trường mầm non xã tui cho tụi nhỏ uống nước giếng không lọc, mấy phụ huynh phát hiện có cặn vàng. Tui đề nghị phòng giáo dục xuống kiểm tra liền',
    'feedback',
  ],
  [
    'phản ánh tình trạng mấy đối tượng cho vay nặng lãi dán quảng cáo kín cột điện tường nhà trong khu phố 4 bóc rồi hôm sau lại dán đề nghị xử lý',
    'feedback',
  ],
  [
    'Ông hàng xóm nuôi cả chục con gà đá với heo ngay trong khu dân cư, mùi hôi với tiếng gà gáy từ 3 giờ sáng. Tui nói nhiều lần rồi ổng hổng nghe, còn chửi lại. Nhờ chính quyền can thiệp',
    'feedback',
  ],
  [
    'Góp ý: nên lắp thêm camera và đèn ở công viên bờ hồ, tối có nhiều thanh niên tụ tập hút bóng cười, phụ nữ với trẻ con không dám ra đi bộ.',
    'feedback',
  ],
  [
    'em phan anh ve viec o thon em co nguoi lan chiem hanh lang duong de dung quan ban hang, thon da nhac ma van lam, de nghi xa kiem tra',
    'feedback',
  ],
  [
    'The traffic light at the intersection of Nguyen Hue and Tran Hung Dao has been stuck on flashing yellow for a week. There are near-misses every morning when I take my kids to school. Please have someone fix it.',
    'feedback',
  ],
  [
    'Hồi tháng 11 lũ về, xã có danh sách hỗ trợ gạo với tiền, nhà tui bị ngập tới mái mà không có tên, trong khi mấy nhà không ngập lại có. Tui kiến nghị xem lại cách lập danh sách cho công bằng',
    'feedback',
  ],
  [
    'Tôi đang định ký hợp đồng nhận hàng gia công với một công ty, họ đưa mã số thuế 0315577204 nhưng văn phòng thì nhỏ xíu, tôi hơi nghi. Cho tôi kiểm tra công ty này tên gì, còn hoạt động không, ai là người đại diện',
    'business',
  ],
  [
    'Bữa trước có người tới nhà giới thiệu là bên công ty lắp điện mặt trời, đưa danh thiếp có mã số thuế 3702918475. Tui muốn coi công ty này có thiệt hông, địa chỉ ở đâu',
    'business',
  ],
  [
    'Mình làm kế toán, cần kiểm tra lại thông tin chi nhánh mã số thuế 0108765432-002 trước khi xuất hóa đơn: tên chi nhánh, địa chỉ, còn hoạt động không ạ',
    'business',
  ],
  [
    "A supplier sent me an invoice with tax code 0401234567. Before I pay, I want to verify the company name, address and whether it's still active. Can you look it up?",
    'business',
  ],
  [
    'Thằng em tui được một công ty tuyển đi làm, bảo nộp 5 triệu tiền hồ sơ. Tui sợ lừa đảo. Mã số thuế trên giấy là 3301567823, xem giùm tui công ty ni có thật không, ai đứng tên',
    'business',
  ],
  [
    'minh sap cho 1 cty thue mat bang 3 nam, ho gui hop dong co mst 4201789034, nguoi den ky tu xung giam doc ma minh thay tre qua, tra giup mst nay la cua cty nao, nguoi dai dien ten gi vay ad',
    'business',
  ],
  [
    'Em chào anh chị ạ. Em mua đồ nội thất, bên bán ghi hóa đơn mã số thuế 0109983217, nhưng tên trên hóa đơn khác tên cửa hàng. Anh chị tra hộ em mã số thuế này là doanh nghiệp nào với ạ',
    'business',
  ],
  [
    'Tôi cho một hộ kinh doanh thuê nhà, họ đưa mã số thuế 8347120569, tôi muốn xem hộ này đăng ký tên ai, địa chỉ kinh doanh ở đâu, còn hoạt động không',
    'business',
  ],
  [
    'kiểm tra giúp tôi mã số thuế 0316 245 718 công ty này đã giải thể chưa vì họ còn nợ tiền hàng tôi từ năm ngoái gọi không ai nghe máy',
    'business',
  ],
  [
    'ad ơi check giùm em cái mst 0312456789-001 nha, em sắp đi thực tập ở đó, muốn biết tên đầy đủ là gì với đại diện pháp luật là ai á',
    'business',
  ],
  [
    'Hôm 20/1 tôi gửi phản ánh về việc cống nghẹt ở hẻm 15, được cấp số PA-2026-000417. Đến nay đã gần 1 tháng, cống vẫn nghẹt. Cho tôi biết phản ánh này đã được chuyển cho ai, xử lý đến đâu.',
    'feedback_ticket',
  ],
  [
    'Tui có gửi phản ánh vụ quán nhậu lấn chiếm vỉa hè, mã pa-zl-2026-001205, mà chưa thấy ai trả lời hết. Coi giùm tui phản ánh đó sao rồi',
    'feedback_ticket',
  ],
  [
    'Em chào anh chị, tháng trước em có phản ánh số 452 về đèn đường hỏng ở ngõ nhà em, giờ đèn vẫn chưa sáng. Anh chị xem giúp em phản ánh số 452 đã xử lý chưa ạ',
    'feedback_ticket',
  ],
  [
    'kiem tra giup phan anh PA-2026-000983 cua toi, gui tu hom 3/2 ve rac thai o cho, sao van chua co phan hoi',
    'feedback_ticket',
  ],
  [
    'Two weeks ago I submitted a complaint about construction noise at night, ticket number PA-2026-001120. Could you tell me its current status?',
    'feedback_ticket',
  ],
  [
    'Tui gửi kiến nghị về chuyện đê bao bị sạt, cán bộ trả số PA-2026-000276. Chừ đã sang tháng ba rồi mà chưa thấy chi, tra giùm tui coi nó tới mô rồi',
    'feedback_ticket',
  ],
  [
    'cho tôi hỏi tình trạng phản ánh mã số pa zl 2026 000734 tôi gửi về việc cán bộ xã thu tiền không có biên lai đã có kết quả chưa',
    'feedback_ticket',
  ],
  [
    'Phản ánh của tôi số PA-2025-004512 gửi từ tháng 12 năm ngoái, trên hệ thống ghi "đã chuyển đơn vị xử lý" mà mấy tuần không nhúc nhích. Tôi muốn biết cụ thể đơn vị nào đang giữ.',
    'feedback_ticket',
  ],
  [
    'mã phản ánh của em là PA-2026-000058 nè, vụ chó thả rông cắn người đó ad, em muốn biết xã đã trả lời chưa',
    'feedback_ticket',
  ],
  [
    'Cho cháu hỏi kết quả phản ánh PA-2026-000611 về việc hút cát ạ. Bố cháu gửi bằng Zalo của cháu, bố cứ hỏi mãi có ai xuống chưa.',
    'feedback_ticket',
  ],
  [
    'Từ năm ngoái đến giờ tôi gửi phải 5-6 cái phản ánh qua Zalo này, chuyện ổ gà, chuyện rác, chuyện đèn, giờ không nhớ số cái nào. Cho tôi xem danh sách tất cả phản ánh tôi đã gửi và tình trạng từng cái',
    'my_feedback',
  ],
  [
    'tui gửi phản ánh mấy lần rồi mà không nhớ mã, cho tui coi hết mấy cái phản ánh của tui coi cái nào được giải quyết rồi',
    'my_feedback',
  ],
  [
    "I've sent several complaints through this account over the past months. Can I see a list of all my reports and where each one stands?",
    'my_feedback',
  ],
  [
    'xem lai cac phan anh cua minh da gui voi ad, minh can tong hop de bao cao cho to dan pho cuoi thang',
    'my_feedback',
  ],
  [
    'Tui là tổ trưởng dân phố, hay gửi phản ánh giùm bà con bằng zalo ni. Cho tui coi lại hết mấy cái phản ánh đã gửi với tình trạng xử lý hỉ',
    'my_feedback',
  ],
  ['Em muốn xem lại toàn bộ kiến nghị em đã gửi từ đầu năm đến giờ ạ, có cái nào đã có phản hồi chưa', 'my_feedback'],
  [
    'Tôi mất điện thoại cũ, mới đăng nhập lại Zalo, muốn xem những phản ánh cũ của mình còn không và đã xử lý tới đâu',
    'my_feedback',
  ],
  [
    'Nhà tôi ở vùng trũng ven sông, năm nào lũ cũng vào nhà. Năm ngoái không biết tin xả lũ nên không kịp kê đồ. Tôi muốn đăng ký nhận thông báo về thời tiết, thiên tai của tỉnh',
    'subscriptions',
  ],
  [
    'Con em năm nay thi vào lớp 10, em muốn nhận các thông báo của tỉnh về giáo dục, tuyển sinh ạ, đăng ký nhận tin thế nào ạ',
    'subscriptions',
  ],
  [
    'Tui muốn nhận tin của xã Tân Hòa thôi, mấy cái thông báo họp dân, tiêm ngừa, cúp điện đó, đăng ký dùm tui nha',
    'subscriptions',
  ],
  [
    "Hi, I'm a new resident here. I'd like to receive announcements from the province, especially about health and disasters like typhoons. How can I subscribe?",
    'subscriptions',
  ],
  [
    'Mạ tui già, hay bệnh, tui muốn nhận thông báo về y tế, tiêm chủng với lịch khám bệnh miễn phí của tỉnh để đưa mạ đi. Đăng ký cho tui với',
    'subscriptions',
  ],
  [
    'minh muon dang ky nhan tin thong bao cua tinh ve chu de nong nghiep va thoi tiet, nha minh lam ruong',
    'subscriptions',
  ],
  [
    'Năm ngoái bão vào mà tôi chỉ biết qua Facebook, tin giả đầy. Tôi muốn nhận tin chính thức từ tỉnh qua Zalo này, chọn chủ đề thiên tai và tin của phường mình',
    'subscriptions',
  ],
  ['đăng ký cho tôi nhận thông báo của tỉnh về giáo dục với y tế tôi có hai đứa con đi học', 'subscriptions'],
  [
    'Hồi trước tôi có đăng ký nhận thông báo giáo dục vì con đang học, giờ nó ra trường đi làm rồi. Tôi không muốn nhận tin giáo dục nữa',
    'unsubscribe',
  ],
  [
    'Ngày nào cũng nhận cả chục tin thông báo, tui già đọc không nổi, tắt hết giùm tui, tui không nhận thông báo nữa',
    'unsubscribe',
  ],
  [
    "I've moved back to Hanoi for work, so I no longer need the province's announcements. Please unsubscribe me from everything.",
    'unsubscribe',
  ],
  [
    'Tui đăng ký nhận tin thời tiết hồi mùa lũ, chừ hết mùa rồi, bỏ cái đó đi giùm tui, tin khác thì giữ',
    'unsubscribe',
  ],
  [
    'huy dang ky nhan thong bao giup em voi. hoi thang 10 em co bam dang ky nhan tin cua tinh, gio dien thoai em cu het bo nho ma tin nhan ve lien tuc, em muon ngung nhan het',
    'unsubscribe',
  ],
  [
    'Bố em dùng Zalo này, bác ấy bấm nhầm đăng ký nhận tất cả các chủ đề, giờ điện thoại kêu suốt. Anh chị hủy hết đăng ký nhận tin giúp em với ạ',
    'unsubscribe',
  ],
  [
    'Tôi đã hỏi con bot này ba lần mà nó trả lời không đúng ý. Chuyện nhà tôi phức tạp, liên quan đến đất đai tranh chấp với anh em. Cho tôi nói chuyện trực tiếp với cán bộ',
    'handoff',
  ],
  [
    'Thôi ad ơi tui hổng biết bấm mấy cái nút này đâu, tui 70 tuổi rồi. Cho tui gặp người thiệt nói chuyện nha',
    'handoff',
  ],
  [
    "I'd rather speak to a real person please. My situation involves a foreign marriage and a child born abroad, and the automatic answers don't cover it.",
    'handoff',
  ],
  ['Có người mô trực không, tui cần nói chuyện với cán bộ chứ không phải máy. Chuyện gấp lắm', 'handoff'],
  [
    'em hoi may lan roi ma bot ko hieu, em hoi chuyen ho so bi tra ve vi thieu giay ma ko biet thieu giay gi, cho em gap nhan vien tu van truc tiep dc ko a',
    'handoff',
  ],
  [
    'Em muốn được kết nối với cán bộ để trao đổi trực tiếp ạ, hồ sơ của em có sai sót mà em không biết sửa thế nào, bot trả lời chung chung quá',
    'handoff',
  ],
  [
    'tôi đã gõ mấy lần rồi mà máy trả lời lung tung tôi năm nay gần 70 mắt kém cho tôi nói chuyện với người thật',
    'handoff',
  ],
  ['ad ơi có ai là người thật đang online hông, chuyển em qua nhân viên với, chuyện em hơi dài', 'handoff'],
  [
    'Tôi là trưởng ban công tác mặt trận khu dân cư, cần trao đổi trực tiếp với một cán bộ về việc phối hợp tổ chức hội nghị. Xin chuyển cho tôi gặp người phụ trách ngay bây giờ.',
    'handoff',
  ],
  [
    'Tôi ở huyện xa, muốn lên trung tâm phục vụ hành chính công của tỉnh nộp hồ sơ trực tiếp. Cho tôi xin địa chỉ, giờ làm việc, thứ 7 có làm không',
    'help',
  ],
  ['Số đường dây nóng của tỉnh là số mấy dzậy ad, tui muốn gọi hỏi mà hổng biết số', 'help'],
  [
    "I'm new to this Zalo account. How does this service work, what can I use it for, and is there a phone number for support?",
    'help',
  ],
  ['Cho tui hỏi trung tâm hành chính công mở cửa mấy giờ, trưa có nghỉ không, tui đi xe đò lên sợ tới trễ', 'help'],
  [
    'minh nop ho so online tu sang toi gio bi loi hoai, bam nop la bao het phien dang nhap, lam lai 4 lan roi. xin sdt tong dai ho tro dich vu cong voi de minh goi hoi',
    'help',
  ],
  ['Bác em không biết dùng Zalo OA này, em muốn hướng dẫn bác, anh chị có tài liệu hướng dẫn sử dụng không ạ', 'help'],
  [
    'Hôm thứ 2 tôi lên trụ sở UBND tỉnh thì bảo đã chuyển qua chỗ mới. Vậy giờ địa chỉ liên hệ ở đâu, email là gì',
    'help',
  ],
  [
    'tôi là cựu chiến binh năm nay 75 tuổi có mấy việc muốn gửi thư và gọi điện hỏi trực tiếp ủy ban tỉnh con tôi bảo hỏi ở đây cho tôi xin số điện thoại và địa chỉ văn phòng ủy ban nhân dân tỉnh để liên hệ',
    'help',
  ],
  [
    'Con gái tôi mới cài Zalo và bấm quan tâm trang này cho tôi, tôi chưa biết nó làm được những gì. Cho tôi xem menu chính',
    'menu',
  ],
  [
    'Bữa trước thằng cháu chỉ tui mấy cái nút ở dưới, tui bấm lộn qua lại sao mất tiêu cái menu rồi, giờ hổng biết bấm đâu. Ad cho tui coi lại danh sách mấy chức năng đi',
    'menu',
  ],
  [
    "My colleague told me I could do a lot of things through this account, but all I see is an empty chat. Show me the main menu please, I'm not sure what options are available here.",
    'menu',
  ],
  [
    'hom truoc thang con cai cho roi bam lung tung mat cai bang chuc nang o duoi, gio chi con o chat trong tron. ad hien lai menu cho minh voi',
    'menu',
  ],
  [
    'Hồi tết thằng con ở Đà Nẵng về cài cho tui cái Zalo ni với bấm quan tâm trang tỉnh, hắn nói trang ni làm được nhiều việc lắm mà chưa kịp chỉ thì hắn đi rồi. Trang ni làm được những chi, cho tui coi các mục chức năng',
    'menu',
  ],
  [
    'Chào UBND tỉnh, tôi là Hoàng, 62 tuổi, ở xã Yên Lạc, làm ruộng cả đời, hôm nay mới được con cháu cài Zalo cho và bấm vào trang này. Tôi xin gửi lời chào.',
    'welcome',
  ],
  [
    'alo ad ơi, tui là Tư bán cá ở chợ Bình Minh nè, sáng nay bà Năm bán rau kế bên chỉ tui cái trang này, nói có chuyện gì thì nhắn lên tỉnh. Chào ad nha',
    'welcome',
  ],
  [
    'Hello there! A friend at my language class told me about this account, so I just followed it. Nice to meet you all.',
    'welcome',
  ],
  [
    'chao ad a, chi hang xom gioi thieu trang nay, noi la trang chinh thuc cua tinh, em moi bam quan tam xong, em chao ca nha a',
    'welcome',
  ],
  [
    'Dạ chào các anh chị ở tỉnh, tui là người xã Hải Thượng, năm ni 70 tuổi rồi, con tui mới cài cho cái điện thoại ni. Chúc anh chị năm mới mạnh khỏe, làm việc vui vẻ',
    'welcome',
  ],
  [
    'Xin chào các anh chị. Tôi về hưu được 2 năm, ở nhà rảnh nên tập dùng điện thoại, hôm nay mới theo dõi trang Chính quyền điện tử tỉnh. Chúc các anh chị một ngày tốt lành ạ.',
    'welcome',
  ],
  [
    'Hi, my Vietnamese is very basic, I moved here with my husband last year. Can you switch to English please?',
    'language',
  ],
  [
    'Chồng tôi là người Úc, về đây sống với tôi được 3 năm mà tiếng Việt vẫn chỉ biết "cảm ơn" với "bao nhiêu tiền". Anh ấy muốn tự đọc mấy thông tin trên trang này, chuyển sang tiếng Anh giúp tôi với',
    'language',
  ],
  [
    "My neighbour showed me this page and said the province answers questions here, but I can't read any of it. English please?",
    'language',
  ],
  [
    'luc nay con gai minh cam dien thoai bam lung tung sao ma gio no ra tieng Anh het, minh doc khong hieu gi. doi ngon ngu sang tieng viet giup minh voi',
    'language',
  ],
  [
    'Sao tự nhiên nó ra tiếng Anh hết vậy ad, hôm qua còn tiếng Việt mà, bữa nay thằng cháu mượn máy chơi xong trả lại là vậy rồi. Tui hổng biết đọc, đổi lại tiếng Việt giùm tui',
    'language',
  ],
  [
    "Can I use this service in English? My colleague from Germany wants to ask something but doesn't read Vietnamese.",
    'language',
  ],
  [
    'Tôi nghe nói có Luật Bảo vệ dữ liệu cá nhân mới. Tôi dùng dịch vụ này từ năm ngoái, muốn biết các anh đang lưu những thông tin gì của tôi: số điện thoại, địa chỉ, CCCD hay gì nữa',
    'my_data',
  ],
  [
    'Con tui nói mấy app hay lấy thông tin cá nhân đem bán. Tui muốn coi trang này giữ những dữ liệu gì của tui',
    'my_data',
  ],
  [
    "Under the new personal data protection law, I'd like to see what personal information this service stores about me.",
    'my_data',
  ],
  [
    'minh doc bao thay nhieu vu lo thong tin ca nhan qua, minh co dang ky dich vu tren trang nay tu nam ngoai. cho minh xem du lieu ca nhan cua minh ma he thong dang luu',
    'my_data',
  ],
  [
    'Em là luật sư, em muốn thực hiện quyền được biết theo Luật 91/2025, đề nghị cung cấp cho em các dữ liệu cá nhân của em mà tài khoản này đang lưu trữ ạ',
    'my_data',
  ],
  [
    'Dạo ni tui bị gọi điện lừa đảo hoài, biết cả tên cả địa chỉ tui. Tui muốn coi trang ni đang giữ thông tin chi của tui',
    'my_data',
  ],
  [
    'Tôi sắp chuyển ra nước ngoài định cư, không dùng dịch vụ nữa. Đề nghị xóa toàn bộ dữ liệu cá nhân của tôi trên hệ thống này',
    'erase_my_data',
  ],
  [
    'Tháng rồi tui đưa số điện thoại vô trang này để tra hồ sơ, xong rồi tự nhiên có người gọi mời mua bảo hiểm hoài. Xóa hết thông tin của tui đi ad, tui không muốn để số điện thoại với tên tuổi trên đây nữa',
    'erase_my_data',
  ],
  ['Please delete all my personal data from this service. I no longer live in the province.', 'erase_my_data'],
  [
    'toi da dung xong dich vu, ho so lam xong het roi. yeu cau xoa du lieu ca nhan cua toi theo luat 91/2025, toi khong muon he thong luu thong tin gi cua toi nua',
    'erase_my_data',
  ],
  [
    'Bà em mất rồi, Zalo này trước bà dùng, giờ em muốn xóa hết dữ liệu cá nhân của bà trong dịch vụ này ạ',
    'erase_my_data',
  ],
  [
    'Tui bị lộ thông tin hoài, mấy bữa ni có đứa gọi xưng công an đòi tui chuyển tiền, biết cả số căn cước của tui. Chừ tui muốn xóa sạch dữ liệu của tui trên trang ni, làm răng',
    'erase_my_data',
  ],
  [
    'Hôm qua tôi đi ngang đường tránh bị bắn tốc độ, CSGT nói gửi phạt nguội về nhà. Tôi muốn tra xem xe biển 43A-123.45 bị phạt bao nhiêu',
    'none',
  ],
  [
    'Ad ơi con gái tui tháng sau lấy chồng, tui để dành được ít tiền tính mua mấy chỉ vàng nhẫn làm của hồi môn cho nó. Giá vàng nhẫn hôm nay bao nhiêu một chỉ vậy ad',
    'none',
  ],
  [
    'Tiền điện tháng này nhà tôi tăng gấp đôi, từ 600 lên 1 triệu 2, tôi muốn tra hóa đơn điện xem tính sai chỗ nào',
    'none',
  ],
  [
    "Hey, my parents are flying in from Melbourne next week and they love seafood. Can you recommend a good seafood restaurant near the beach that isn't a tourist trap?",
    'none',
  ],
  [
    'Ad ơi cả xóm tui tính tối ni kéo nhau ra quán cà phê coi bóng đá, mà không ai biết đội tuyển Việt Nam đá mấy giờ, kênh mô chiếu hỉ',
    'none',
  ],
  [
    'nha minh moi nhap ve lo may cua cu con moi 90%, may xang, may dien du loai, ai can lien he 0934 567 812 gia re giao tan noi trong tinh',
    'none',
  ],
  [
    'Tôi vay ngân hàng 200 triệu để nuôi tôm năm ngoái, mùa vừa rồi tôm chết hết, giờ làm ăn thua lỗ. Muốn hỏi lãi suất bây giờ bao nhiêu và ngân hàng có cho gia hạn nợ không',
    'none',
  ],
  [
    'Em chán quá ad ạ, em với người yêu quen nhau 5 năm, tuần trước anh ấy nhắn chia tay rồi đi lấy vợ. Em không có ai để tâm sự, ad nói chuyện với em chút được không',
    'none',
  ],
  [
    'Con tôi học lớp 12, học giỏi lắm, mơ ước làm bác sĩ. Cho tôi hỏi năm nay điểm chuẩn ngành y đa khoa khoảng bao nhiêu thì đậu',
    'none',
  ],
  [
    'tui bị đau lưng mấy năm nay, đi bác sĩ kê thuốc uống hoài hổng hết, hàng xóm chỉ uống lá cây này cây kia. Ad biết thuốc nào trị đau lưng hay chỉ tui với',
    'none',
  ],
  ['dạo này công việc căng thẳng quá về nhà vợ còn cằn nhằn tôi buồn quá kể cho tôi một câu chuyện cười đi', 'none'],
  [
    'Con tôi học lớp 4, cô giáo cho đề tả mẹ mà nó ngồi cả tối không viết được chữ nào, mai nộp rồi. Bạn có thể viết giúp tôi bài văn tả mẹ không',
    'none',
  ],
  [
    "I'm flying home to the US next week and need to change some money at the market. What's the exchange rate from USD to VND today?",
    'none',
  ],
  [
    'Nhà tui có 2 sào đất ở thôn 4 gần đường nhựa, giờ tuổi già làm không nổi nữa, con cái ở xa. Tui muốn bán, ai mua liên hệ tui 0914 223 671, giá thương lượng',
    'none',
  ],
  [
    'Hôm qua ngồi quán nhậu cả bàn cãi nhau chuyện chính trị tới khuya. Ad nói thật lòng đi, ad thấy ông chủ tịch nước mới có giỏi không',
    'none',
  ],
  [
    'minh moi chuyen den lam viec o khu cong nghiep, dang o tam nha nguoi quen. co ai biet so dien thoai chu nha tro o duong Ly Tu Trong ko, minh can thue phong gap',
    'none',
  ],
  [
    'Tết này em được nghỉ 10 ngày, muốn đưa bố mẹ vào Sài Gòn thăm anh trai. Anh chị ơi cho em hỏi vé tàu Tết Hà Nội - Sài Gòn đặt ở đâu rẻ ạ',
    'none',
  ],
  [
    'Nhà tôi mạng Viettel chập chờn cả tuần nay, con tôi học online toàn bị văng ra, gọi tổng đài không được. Ad kiểm tra giùm cáp quang nhà tôi với',
    'none',
  ],
  [
    'hôm qua tui mua 5 tờ vé số của bà cụ bán dạo tội nghiệp quá, giờ bận không coi được, hôm nay xổ số miền Nam đài Tiền Giang ra số mấy ad',
    'none',
  ],
  [
    "I just graduated and I'm applying for a job at a foreign company in the industrial park. Are you ChatGPT? Can you help me write my CV in English?",
    'none',
  ],
];

// Tuning 52 (220 messages, written blind on 2026-12-05 from the list of labels only, to be learnt from, not to
// study: the confusable pairs, second batch).
const batch52Tune: [string, string][] = [
  ['cho hỏi hồ sơ 000.00.21.H40-260114-0037 của tôi giải quyết tới đâu rồi ạ', 'dossier'],
  ['ma ho so 000 00 07 H40 251230 0112 xong chua ad', 'dossier'],
  ['H40-260219-0088', 'dossier'],
  ['Hồ sơ sổ đỏ nhà tôi nộp từ tháng 12 năm ngoái mà giờ vẫn chưa thấy gọi lên nhận, kiểm tra giúp tôi với', 'dossier'],
  ['kiểm tra tình trạng hs 000.00.15.H40-260203-0451 giúp e', 'dossier'],
  ['check giúp mình cái giấy phép xây dựng mình nộp hôm 5/2 đã duyệt chưa vậy', 'dossier'],
  ['hs khai sinh cho con tôi nộp online hôm thứ 2 giờ có kết quả chưa z', 'dossier'],
  ['Cho tôi tra cứu tiến độ hồ sơ số 000.20.33.H40-260120-0019', 'dossier'],
  ['hoof sow 000.00.21.H40-260301-0007 cuar tooi dduowcj duyeetj chuwa', 'dossier'],
  ['Can you check the status of my application H40-260211-0346 please', 'dossier'],
  [
    'bộ hồ sơ chuyển nhượng đất của ba tui bị trả về hả, sao trên mạng báo vậy, mã 000.00.09.H40-260128-0203',
    'dossier',
  ],
  ['hồ sơ đăng ký kinh doanh hộ cá thể của e nộp qua dvc tuần trước sao im ru vậy ad', 'dossier'],
  ['mình nộp hồ sơ cấp đổi cccd cho mẹ từ đầu tháng, giờ làm xong chưa', 'dossier'],
  ['ho so cua toi bi tre han roi 000.00.21.H40-251218-0990 sao lau vay', 'dossier'],
  ['tra cứu kết quả giải quyết hồ sơ 000 00 12 H40 260115 0078', 'dossier'],
  ['Hồ sơ kết hôn của tôi nộp ở UBND xã hôm 10/1, bao giờ có giấy chứng nhận vậy', 'dossier'],
  ['ad ơi hồ sơ H40-260222-0115 đang nằm ở khâu nào vậy', 'dossier'],
  ['toi nop ho so xin cap phep xay dung thang 1 ma chua thay bao ket qua, xem giup', 'dossier'],
  ['HỒ SƠ 000.00.21.H40-260110-0332 ĐÃ CÓ KẾT QUẢ CHƯA', 'dossier'],
  ['cái hồ sơ trích lục hộ tịch em nộp hôm qua á, xử lý chưa anh chị', 'dossier'],
  ['mã hồ sơ của tôi là 000.31.02.H40-260205-1024 nhờ xem giùm đang ở bước nào', 'dossier'],
  ['status of dossier 000.00.21.H40-260130-0561?', 'dossier'],
  [
    'Bên mình xem giúp hồ sơ tách thửa của gia đình tôi, nộp ở bộ phận một cửa từ tháng 11, đến nay đã quá hẹn mà chưa ai liên hệ',
    'dossier',
  ],
  ['hs 260218-0044 xong chưa vậy mn', 'dossier'],
  ['e muốn biết hồ sơ xin trợ cấp thất nghiệp của e đã được duyệt chưa ạ', 'dossier'],
  ['giấy phép kinh doanh e nộp hôm bữa có chưa ad, mã H40-260225-0310', 'dossier'],
  ['tôi quên mã hồ sơ rồi, giờ tra sao', 'my_dossiers'],
  ['Liệt kê giúp mình danh sách các hồ sơ đứng tên mình với', 'my_dossiers'],
  ['e nộp mấy bộ hồ sơ mà mất giấy biên nhận hết rồi, có cách nào xem lại hết ko', 'my_dossiers'],
  ["I lost my receipt and don't remember the code. Can I see all my applications?", 'my_dossiers'],
  ['tra cứu hồ sơ theo số điện thoại 0912 347 865 được ko', 'my_dossiers'],
  ['nhung ho so minh nop tu dau nam toi gio', 'my_dossiers'],
  ['xem hết hs của tui đi ad, tui ko nhớ mã', 'my_dossiers'],
  [
    'Tôi có nộp 3 hồ sơ ở trung tâm phục vụ hành chính công, muốn xem tình trạng cả 3 nhưng không nhớ số biên nhận',
    'my_dossiers',
  ],
  ['quên mất mã hs rồi, dùng sđt zalo này tra đc ko', 'my_dossiers'],
  ['show me my dossiers', 'my_dossiers'],
  ['Mình muốn kiểm tra toàn bộ hồ sơ mình đã gửi qua cổng dịch vụ công', 'my_dossiers'],
  ['có bao nhiêu hồ sơ của tôi đang xử lý vậy', 'my_dossiers'],
  ['báo cho tôi khi hồ sơ 000.00.21.H40-260114-0037 có kết quả nhé', 'dossier_follow'],
  ['theo dõi hồ sơ H40-260219-0088', 'dossier_follow'],
  ['có kết quả thì nhắn zalo cho e với, mã hs 000.00.07.H40-260201-0120', 'dossier_follow'],
  ['Tôi muốn nhận thông báo tự động mỗi khi hồ sơ của tôi thay đổi trạng thái', 'dossier_follow'],
  ['bat thong bao cho ho so 000 00 21 H40 260217 0093 giup minh', 'dossier_follow'],
  ['notify me when my dossier H40-260303-0015 is done', 'dossier_follow'],
  ['hồ sơ sổ đỏ của tui khi nào xong thì báo qua đây luôn nha, khỏi phải hỏi hoài', 'dossier_follow'],
  ['đăng ký theo dõi tiến độ hồ sơ 000.00.21.H40-260226-0411', 'dossier_follow'],
  [
    'Nhờ ad nhắn tin báo khi hs cấp phép xây dựng của tôi được duyệt, tôi đi làm xa không tiện kiểm tra',
    'dossier_follow',
  ],
  ['cho e follow cái hồ sơ này với 000.00.18.H40-260209-0567', 'dossier_follow'],
  ['khi nao ho so co ket qua thi bao toi, ma H40-260120-0781', 'dossier_follow'],
  ['Bật nhắc nhở trạng thái hồ sơ giúp tôi', 'dossier_follow'],
  ['hồ sơ H40-260301-0202 có cập nhật gì thì ping mình ngay nha', 'dossier_follow'],
  ['theo doi giup e ho so khai sinh cua be, co gi moi thi ib e', 'dossier_follow'],
  ['danh sách hồ sơ đang nhận thông báo của tôi', 'follows'],
  ['xem cac ho so minh da dang ky theo doi', 'follows'],
  ['mình bật thông báo cho mấy hồ sơ rồi ta, kiểm tra giúp', 'follows'],
  ['hồ sơ nào đang được báo tự động cho tôi vậy ad', 'follows'],
  ['cho xem list hs đang follow', 'follows'],
  ['Tôi có đăng ký nhận tin cho vài hồ sơ, giờ muốn xem lại là những hồ sơ nào', 'follows'],
  ['danh sach theo doi cua toi', 'follows'],
  ['mấy cái hồ sơ e nhờ bot báo kết quả là mấy cái nào vậy', 'follows'],
  ['ngừng theo dõi hồ sơ 000.00.21.H40-260114-0037', 'dossier_unfollow'],
  ['hồ sơ H40-260219-0088 tôi nhận kết quả rồi, đừng báo nữa', 'dossier_unfollow'],
  ['huy theo doi ho so 000 00 07 H40 251230 0112', 'dossier_unfollow'],
  ['stop notifications for dossier H40-260205-0433', 'dossier_unfollow'],
  ['tắt thông báo hồ sơ sổ đỏ của tôi đi, xong rồi', 'dossier_unfollow'],
  ['bỏ follow hs 000.00.21.H40-260210-0009 giùm e', 'dossier_unfollow'],
  ['Không cần nhắn cập nhật về hồ sơ khai sinh nữa nhé, tôi đã lấy giấy rồi', 'dossier_unfollow'],
  ['thôi khỏi báo tình trạng hồ sơ H40-260117-0650 nữa', 'dossier_unfollow'],
  ['Tôi muốn hủy đăng ký nhận thông báo của hồ sơ 000.00.21.H40-260126-0140', 'dossier_unfollow'],
  ['unfollow ho so giay phep kinh doanh cua minh', 'dossier_unfollow'],
  ['làm sổ đỏ lần đầu cần những giấy tờ gì vậy', 'procedure'],
  ['thur tucj ddawng kys khai sinh can gi', 'procedure'],
  ['đăng ký kết hôn với người nước ngoài thì làm ở đâu, mất bao lâu', 'procedure'],
  ['How do I register a business in this province? What documents are needed?', 'procedure'],
  ['Cho hỏi xin giấy phép xây dựng nhà ở riêng lẻ thì hồ sơ gồm những gì, lệ phí bao nhiêu', 'procedure'],
  ['làm lại cccd bị mất thì đi đâu làm, có mất tiền ko', 'procedure'],
  ['hs tách thửa đất cần chuẩn bị gì, nộp ở xã hay ở đâu', 'procedure'],
  ['e muốn nộp hồ sơ đăng ký hộ kinh doanh online thì làm sao', 'procedure'],
  ['thủ tục chuyển nhượng quyền sử dụng đất mất bao nhiêu ngày vậy ad', 'procedure'],
  ['trích lục khai sinh bản sao xin ở đâu z mn', 'procedure'],
  ['Tôi muốn đăng ký thường trú cho vợ về nhà chồng thì cần giấy tờ gì', 'procedure'],
  ['le phi cap doi so do bao nhieu tien', 'procedure'],
  ['mình mới sinh em bé, muốn làm khai sinh với bảo hiểm y tế cho bé luôn thì thủ tục thế nào', 'procedure'],
  ['xin giấy xác nhận tình trạng hôn nhân để mua nhà thì làm ntn', 'procedure'],
  ['what papers do foreigners need to marry a Vietnamese citizen here', 'procedure'],
  ['Thủ tục cấp giấy chứng nhận an toàn thực phẩm cho quán ăn nhỏ như thế nào ạ', 'procedure'],
  ['bao lâu thì có kết quả khi làm thủ tục đăng ký kinh doanh', 'procedure'],
  ['đăng ký khai tử cho ông nội cần mang theo những gì', 'procedure'],
  ['muốn đổi tên cho con thì làm thủ tục gì ở đâu ạ', 'procedure'],
  ['hồ sơ xin cấp phép khai thác nước ngầm gồm những giấy tờ nào', 'procedure'],
  ['cách nộp hồ sơ trực tuyến trên cổng dịch vụ công để làm sổ đỏ', 'procedure'],
  ['chứng thực bản sao giấy tờ có cần lên xã ko hay làm chỗ nào cũng được', 'procedure'],
  ['xin cấp lại giấy phép lái xe bị mất thủ tục ra sao', 'procedure'],
  ['THỦ TỤC XIN TRỢ CẤP CHO NGƯỜI KHUYẾT TẬT', 'procedure'],
  ['tui tính mở tiệm cà phê nhỏ, cần xin những giấy phép gì vậy', 'procedure'],
  ['đăng kí tạm trú cho ng thuê trọ phải làm j', 'procedure'],
  ['hợp thức hóa nhà xây không phép thì cần làm những bước nào', 'procedure'],
  ['Cho em hỏi xin cấp phiếu lý lịch tư pháp số 1 mất mấy ngày và nộp ở đâu ạ', 'procedure'],
  ['tra mst 0315577204', 'business'],
  ['Công ty có mã số thuế 0108765432-002 còn hoạt động không', 'business'],
  ['cho mình xem thông tin dn mst 4201234567, người đại diện là ai', 'business'],
  ['check company tax code 0401987654', 'business'],
  ['ma so thue 3701122334 la cua cong ty nao vay', 'business'],
  ['đường trước nhà tôi ở thôn 3 xã Hòa Phong có ổ gà to lắm, tối qua có người té xe', 'feedback'],
  ['phản ánh: rác tồn đọng ở chợ phường 2 cả tuần không ai thu gom, bốc mùi', 'feedback'],
  ['quán karaoke đầu hẻm hát tới 1h sáng đêm nào cũng vậy, ko ai ngủ được', 'feedback'],
  ['Đèn đường khu dân cư Tân An hư cả tháng nay, tối đi rất nguy hiểm', 'feedback'],
  ['cột điện trước trường tiểu học bị nghiêng sắp đổ, đề nghị chính quyền xử lý gấp', 'feedback'],
  ['mưa xíu là ngập, cống thoát nước đường Lê Lợi nghẹt hoài, kiến nghị nạo vét', 'feedback'],
  ['Tôi muốn khiếu nại thái độ của cán bộ một cửa xã, hỏi gì cũng gắt, bắt đi lại 3 lần', 'feedback'],
  ['nha ben canh xay lan ra dat cong, ko co giay phep, de nghi kiem tra', 'feedback'],
  ['There is a big pile of construction waste dumped on the riverbank near the bridge', 'feedback'],
  ['xưởng gỗ gần nhà xả khói bụi mịt mù, con tôi bị ho suốt', 'feedback'],
  ['hồ sơ của tôi bị trễ hẹn 2 tháng mà không có văn bản xin lỗi, tôi muốn phản ánh việc này', 'feedback'],
  ['góp ý: nên làm thêm mái che chỗ chờ ở bộ phận một cửa, trời nắng bà con đứng ngoài cực lắm', 'feedback'],
  ['cay xanh tren duong Tran Phu bi gay nhanh chan ngang duong', 'feedback'],
  ['Gửi phản ánh về việc lấn chiếm vỉa hè bán hàng ở đường Nguyễn Huệ', 'feedback'],
  ['có đường dây cáp internet đứt rủ xuống thấp ngang đầu người ở hẻm 45', 'feedback'],
  ['bãi đất trống sau nhà văn hóa thành chỗ đổ rác, chuột gián đầy', 'feedback'],
  ['e muốn kiến nghị lắp đèn tín hiệu ở ngã tư chợ, tuần nào cũng có va chạm', 'feedback'],
  ['nước máy khu tui đục ngầu mấy hôm nay, ai có trách nhiệm xem giùm', 'feedback'],
  ['PHẢN ÁNH CÁN BỘ ĐỊA CHÍNH XÃ GÂY KHÓ DỄ ĐÒI TIỀN NGOÀI', 'feedback'],
  ['chó thả rông cắn người ở khu phố 4 mà chủ ko quản lý, đề nghị phường nhắc nhở', 'feedback'],
  ['phản ánh PA-2026-000417 của tôi xử lý tới đâu rồi', 'feedback_ticket'],
  ['pa-zl-2026-001205 co ket qua chua', 'feedback_ticket'],
  ['tôi có gửi phản ánh số 452 về ổ gà, sao chưa thấy ai trả lời', 'feedback_ticket'],
  ["What's the status of my report PA-2026-000893?", 'feedback_ticket'],
  ['kiểm tra giúp kiến nghị mã PA-2026-001034', 'feedback_ticket'],
  ['PA-2026-000088', 'feedback_ticket'],
  ['cái phản ánh rác thải em gửi hôm trước, mã PA-ZL-2026-000761, đã chuyển cho phường chưa ạ', 'feedback_ticket'],
  ['tra cuu phan anh so 1187', 'feedback_ticket'],
  ['Phản ánh số PA-2026-000230 đã được trả lời chưa, tôi không thấy thông báo gì', 'feedback_ticket'],
  ['xem kết quả xử lý phản ánh 2026-000614 giúp mình', 'feedback_ticket'],
  ['ad ơi cái ticket PA-2026-000502 của e bị đóng rồi hả, mà đường vẫn chưa sửa', 'feedback_ticket'],
  ['góp ý số PA-2026-000919 tôi gửi tuần rồi, cơ quan nào đang xử lý vậy', 'feedback_ticket'],
  ['Tôi đã gửi mấy lần kiến nghị rồi, cho tôi xem lại tất cả và tình trạng từng cái', 'my_feedback'],
  ['show all my reports', 'my_feedback'],
  ['mấy cái phản ánh của e gửi qua zalo á, cái nào xong cái nào chưa', 'my_feedback'],
  ['quên số phản ánh rồi, xem lại hết được ko ad', 'my_feedback'],
  ['lịch sử góp ý, phản ánh của tài khoản này', 'my_feedback'],
  ['Kiểm tra toàn bộ các kiến nghị mình gửi từ đầu năm', 'my_feedback'],
  ['tui gởi phản ánh nhiều lắm rồi mà ko biết cái nào đc giải quyết, liệt kê ra giùm', 'my_feedback'],
  ['các pa của mình', 'my_feedback'],
  ['tôi muốn nhận thông báo của tỉnh về thời tiết, thiên tai', 'subscriptions'],
  ['đăng ký nhận tin giáo dục và y tế', 'subscriptions'],
  ['dang ky nhan thong bao cua xa Phu Hoa', 'subscriptions'],
  ["I'd like to receive announcements from the province about health", 'subscriptions'],
  ['cho mình chọn chủ đề tin tức muốn nhận', 'subscriptions'],
  ['mùa mưa bão sắp tới, có cảnh báo lũ thì nhắn cho tôi qua đây được không', 'subscriptions'],
  ['subscribe tin tuyển sinh đầu cấp', 'subscriptions'],
  ['Làm sao để nhận được thông báo lịch tiêm chủng của phường mình', 'subscriptions'],
  ['them chu de moi truong vao muc nhan tin cua toi', 'subscriptions'],
  ['đăng kí nhận bản tin của UBND tỉnh', 'subscriptions'],
  ['e ở phường An Khê, muốn nhận thông báo riêng của phường thôi', 'subscriptions'],
  ['bật thông báo tin tức từ tỉnh cho mình với', 'subscriptions'],
  ['ngung gui thong bao cho toi nua', 'unsubscribe'],
  ['Tôi không muốn nhận tin tức của tỉnh nữa, nhiều quá', 'unsubscribe'],
  ['bỏ chủ đề giáo dục ra, con tôi ra trường rồi', 'unsubscribe'],
  ['đừng gửi tin thời tiết nữa nha ad', 'unsubscribe'],
  ['tắt hết thông báo từ OA này', 'unsubscribe'],
  ['stop sending me announcements please', 'unsubscribe'],
  ['Hủy đăng ký nhận thông báo của phường 3', 'unsubscribe'],
  ['ngày nào cũng nhắn tin tuyên truyền phiền quá, cho thôi nhận', 'unsubscribe'],
  ['số hotline của trung tâm hành chính công tỉnh là bao nhiêu', 'help'],
  ['giờ làm việc của bộ phận một cửa thứ 7 có làm ko', 'help'],
  ['dia chi so tai nguyen moi truong o dau', 'help'],
  ["What's the phone number to contact the provincial office?", 'help'],
  ['hướng dẫn cách sử dụng Zalo OA này', 'help'],
  ['mình không biết dùng cái này, chỉ giúp với', 'help'],
  ['email liên hệ của UBND tỉnh', 'help'],
  ['Trung tâm phục vụ hành chính công mở cửa mấy giờ, nghỉ trưa lúc nào', 'help'],
  ['tổng đài hỗ trợ dịch vụ công gọi số nào', 'help'],
  ['cho xin sdt liên hệ văn phòng UBND xã Tân Lập', 'help'],
  ['ubnd tỉnh ở đường nào vậy, tui muốn lên nộp đơn trực tiếp', 'help'],
  ['tôi muốn nói chuyện với người thật, không phải máy', 'handoff'],
  ['ad ơi có ai trực ko, e cần nói chuyện trực tiếp', 'handoff'],
  ['I want to talk to a human', 'handoff'],
  ['chuyen cho nhan vien tu van giup toi', 'handoff'],
  ['bot trả lời ko đúng ý, cho gặp người hỗ trợ đi', 'handoff'],
  ['Kết nối tôi với chuyên viên ngay bây giờ được không', 'handoff'],
  ['có cán bộ nào online chat với tui được hông', 'handoff'],
  ['TÔI CẦN NGƯỜI THẬT TRẢ LỜI', 'handoff'],
  ['danh sach chuc nang', 'menu'],
  ['Có những dịch vụ nào trên đây vậy ad', 'menu'],
  ['xem các mục tiện ích', 'menu'],
  ['Xin chào UBND tỉnh', 'welcome'],
  ['Dạ em chào anh chị ạ', 'welcome'],
  ['hi ad ơi', 'welcome'],
  ['helu bot', 'welcome'],
  ['Can I use this in English?', 'language'],
  ['dịch vụ này đang lưu những thông tin gì của tôi', 'my_data'],
  ['Tôi muốn xem dữ liệu cá nhân mà OA đang giữ về mình theo Luật bảo vệ dữ liệu cá nhân', 'my_data'],
  ['cac ban luu sdt va ten cua toi ha, xem duoc ko', 'my_data'],
  ['cho tôi xem thông tin cá nhân bên mình đang có', 'my_data'],
  ['bot có lưu lịch sử chat với cccd của e ko, cho e coi', 'my_data'],
  ['yêu cầu cung cấp dữ liệu cá nhân của tôi', 'my_data'],
  ['các bạn thu thập dữ liệu gì từ tài khoản zalo của mình vậy', 'my_data'],
  ['Tôi yêu cầu xóa thông tin cá nhân của tôi khỏi hệ thống theo Luật 91/2025', 'erase_my_data'],
  ['xoa sdt cua toi di', 'erase_my_data'],
  ['Delete my personal data please', 'erase_my_data'],
  ['đừng lưu thông tin của tui nữa, xóa hết đi', 'erase_my_data'],
  ['muốn xóa lịch sử và dữ liệu mình đã cung cấp cho OA', 'erase_my_data'],
  ['Xoá dữ liệu', 'erase_my_data'],
  ['tôi rút lại đồng ý xử lý dữ liệu cá nhân, đề nghị xóa toàn bộ', 'erase_my_data'],
  ['tiền điện tháng này nhà tôi tăng gấp đôi, kiểm tra hóa đơn giúp', 'none'],
  ['tra cứu phạt nguội biển số 51G-123.45', 'none'],
  ['vay ngân hàng mua nhà lãi suất bao nhiêu hiện nay', 'none'],
  ['tin tức mới nhất về vụ sáp nhập tỉnh là gì vậy', 'none'],
  ['bên mình có bán sim số đẹp không', 'none'],
  ['how do I pay my EVN electricity bill online', 'none'],
  ['cho hỏi số dư tài khoản vietcombank của tôi', 'none'],
  ['xe tôi bị CSGT giữ, tra xem bị phạt bao nhiêu tiền', 'none'],
  ['ai là chủ tịch tỉnh nhiệm kỳ này vậy', 'none'],
  ['thanh toán tiền nước qua momo sao bị lỗi', 'none'],
  ['kể chuyện cười nghe đi bot', 'none'],
  ['Nhận làm sổ đỏ nhanh, bao đậu, liên hệ 0987 654 321', 'none'],
  ['lãi suất gửi tiết kiệm agribank kỳ hạn 6 tháng', 'none'],
  ['đọc tin tức thời sự hôm nay cho tôi nghe', 'none'],
  ['tỉ số trận MU tối qua', 'none'],
  ['bảo hiểm xe máy online mua ở đâu rẻ', 'none'],
];

// Tuning 53 (206 messages, written blind on 2026-12-05 from the list of labels only, to be learnt from, not to
// study: short and hurried: two to ten words, abbreviations, typos, voice-to-text).
const batch53Tune: [string, string][] = [
  ['Thủ tục khai sinh cho con cần gì ạ', 'procedure'],
  ['dang ky ket hon o dau vay ad', 'procedure'],
  ['phí cấp sổ đỏ bao nhiêu', 'procedure'],
  ['XIN GIẤY PHÉP XÂY DỰNG MẤT BAO LÂU', 'procedure'],
  ['lam lai gks bi mat thi sao', 'procedure'],
  ['thur tucj ddawng kys kinh doanh hộ cá thể', 'procedure'],
  ['chuyển hộ khẩu cần giấy tờ j', 'procedure'],
  ['cấp lại cccd mất bao nhiêu tiền', 'procedure'],
  ['sang tên sổ đỏ cần những gì', 'procedure'],
  ['khai tử cho bà nội làm ở đâu', 'procedure'],
  ['xac nhan tinh trang hon nhan lam ntn', 'procedure'],
  ['đăng ký thường trú cho vợ hs gồm gì', 'procedure'],
  ['giay phep kinh doanh ruou thu tuc sao', 'procedure'],
  ['tách thửa đất mất mấy ngày', 'procedure'],
  ['Lệ phí trước bạ nhà đất tính sao', 'procedure'],
  ['lam ho chieu o tinh minh dc ko', 'procedure'],
  ['đổi bằng lái xe ở đâu ạ', 'procedure'],
  ['thanh lap cty tnhh can nhung giay to gi', 'procedure'],
  ['chứng thực bản sao mất phí ko', 'procedure'],
  ['DANG KY KHAI SINH QUA MANG DUOC KHONG', 'procedure'],
  ['sua nha cap 4 co can xin phep ko', 'procedure'],
  ['lý lịch tư pháp làm ở đâu vậy', 'procedure'],
  ['trợ cấp thất nghiệp nộp hs ở đâu', 'procedure'],
  ['hs xin ho tro nguoi khuyet tat gom gi', 'procedure'],
  ['giấy chứng nhận an toàn thực phẩm thủ tục', 'procedure'],
  ['đk biến động đất đai cần gì', 'procedure'],
  ['thu tuc cap doi so hong moi', 'procedure'],
  ['lamf giấy xác nhận cư trú hết bao lâu', 'procedure'],
  ['dki khai sinh con ngoai gia thu ntn', 'procedure'],
  ['muốn tách hộ thì làm sao', 'procedure'],
  ['ho so xin cap phep bien quang cao', 'procedure'],
  ['thủ tục cấp thẻ bhyt cho trẻ dưới 6 tuổi', 'procedure'],
  ['work permit for foreigner procedure?', 'procedure'],
  ['mẫu đơn đăng ký kết hôn tải ở đâu', 'procedure'],
  ['nộp hồ sơ tthc online được ko ad', 'procedure'],
  ['chuyen muc dich su dung dat xin o dau', 'procedure'],
  ['hộ kinh doanh đổi tên thì làm sao', 'procedure'],
  ['gia han giay phep xay dung ntn', 'procedure'],
  ['đường tổ 5 ổ gà to quá', 'feedback'],
  ['rac ko ai thu 3 ngay roi', 'feedback'],
  ['ĐÈN ĐƯỜNG HƯ CẢ TUẦN NAY', 'feedback'],
  ['ngap nuoc duong Le Loi moi lan mua', 'feedback'],
  ['phan anh xay dung trai phep o ap 3', 'feedback'],
  ['cán bộ xã nói chuyện hỗn với dân', 'feedback'],
  ['cống thoát nước bốc mùi quá', 'feedback'],
  ['cây đổ chắn ngang đường thôn 2', 'feedback'],
  ['xe tai cho cat lam hu duong', 'feedback'],
  ['lò mổ heo xả thải ra mương', 'feedback'],
  ['chó thả rông cắn người ở khu phố 4', 'feedback'],
  ['có người đốt rác khói mù mịt', 'feedback'],
  ['phản ánh ồn công trình ban đêm', 'feedback'],
  ['nước máy đục ngầu 2 hôm nay', 'feedback'],
  ['toi muon khieu nai cb phuong tiep dan', 'feedback'],
  ['mot cap dien ha the tren duong', 'feedback'],
  ['bãi rác tự phát cạnh trường học', 'feedback'],
  ['hố ga mất nắp nguy hiểm lắm', 'feedback'],
  ['kiến nghị làm gờ giảm tốc trước chợ', 'feedback'],
  ['xuong go gay on ca ngay', 'feedback'],
  ['cầu treo thôn 6 sắp gãy rồi', 'feedback'],
  ['đất lở sát nhà dân xóm trên', 'feedback'],
  ['nguoi ta lan chiem dat cong', 'feedback'],
  ['CÁN BỘ MỘT CỬA ĐÒI TIỀN NGOÀI', 'feedback'],
  ['đèn giao thông ngã tư chết', 'feedback'],
  ['mui hoi tu trai ga gan nha', 'feedback'],
  ['nuoc thai tran ra duong hem 12', 'feedback'],
  ['de nghi sua duong vao truong tieu hoc', 'feedback'],
  ['biển báo bị đổ ở đèo', 'feedback'],
  ['hàng quán bày bán tràn ra lòng đường', 'feedback'],
  ['khai thác cát trái phép sông Tiền', 'feedback'],
  ['muon gop y ve thai do nhan vien tiep dan', 'feedback'],
  ['đường tối om không có đèn', 'feedback'],
  ['ống nước vỡ chảy lênh láng', 'feedback'],
  ['PHAN ANH CHO TAM BAN LAN DUONG', 'feedback'],
  ['daan phaos nổ tới khuya ko ai xử', 'feedback'],
  ['hs 000.00.21.H40-260114-0037 sao roi', 'dossier'],
  ['ma H40-260219-0088 xong chua', 'dossier'],
  ['tra cuu ho so 000 00 07 H40 251230 0112', 'dossier'],
  ['Hồ sơ sổ đỏ của tôi xong chưa', 'dossier'],
  ['HS CAP GPXD CUA TOI TOI DAU ROI', 'dossier'],
  ['kiem tra giup ma 000.00.15.H40-260302-0451', 'dossier'],
  ['giấy khai sinh của con nộp tuần trước có chưa', 'dossier'],
  ['hồ sơ của em trễ hẹn rồi à', 'dossier'],
  ['H40-260105-0219 tình trạng sao ad', 'dossier'],
  ['hồ sơ tách thửa của tôi đến bước nào rồi', 'dossier'],
  ['Ma hs 000.32.11.H40-251215-0067 da co kq chua', 'dossier'],
  ['khi nào lấy đc cccd nộp hôm 5/2', 'dossier'],
  ['check hs 000.00.21.H40-260121-0193 giup', 'dossier'],
  ['hồ sơ đăng ký kết hôn xong chưa ạ', 'dossier'],
  ['xem tiến độ hồ sơ H40-260210-0342', 'dossier'],
  ['000.00.21.h40-260128-0055 ra sao', 'dossier'],
  ['hs dkkd cua cty em duyet chua', 'dossier'],
  ['bao gio tra kq ho so 000.00.09.H40-260111-0007', 'dossier'],
  ['giấy phép xây dựng nộp tháng trước sao rồi', 'dossier'],
  ['ma ho so h40 260203 0418', 'dossier'],
  ['my application H40-260117-0290 status?', 'dossier'],
  ['hoof sow chuyển nhượng đất có kết quả chưa', 'dossier'],
  ['hs 000.00.21.H40-260126-0311 bi tra ve why', 'dossier'],
  ['HS 000.00.04.H40-260208-0129 BO SUNG GI', 'dossier'],
  ['tra hs dum e H40-260214-0076', 'dossier'],
  ['sổ hồng sang tên bao giờ có', 'dossier'],
  ['dossier 000.00.21.H40-260301-0015 done yet', 'dossier'],
  ['hs lý lịch tư pháp nộp online tới đâu rồi', 'dossier'],
  ['tra cứu 000.00.21.H40-251229-0188', 'dossier'],
  ['hs của bố em H40-260111-0461 lâu quá', 'dossier'],
  ['xem các hồ sơ của tôi', 'my_dossiers'],
  ['ds ho so toi da nop', 'my_dossiers'],
  ['quen mat ma hs lam sao tra', 'my_dossiers'],
  ['tat ca hs cua em dau', 'my_dossiers'],
  ['liệt kê hồ sơ đã nộp theo sđt', 'my_dossiers'],
  ['mất giấy hẹn ko nhớ mã', 'my_dossiers'],
  ['bao cho toi khi hs H40-260219-0088 co kq', 'dossier_follow'],
  ['theo dõi hồ sơ 000.00.21.H40-260114-0037', 'dossier_follow'],
  ['hs co kq thi nhan tin e nha', 'dossier_follow'],
  ['nhắn tôi khi hồ sơ sổ đỏ xong', 'dossier_follow'],
  ['đăng ký nhận thông báo hồ sơ H40-260120-0234', 'dossier_follow'],
  ['notify me when H40-260213-0117 is done', 'dossier_follow'],
  ['follow hs 000 00 21 H40 260207 0098', 'dossier_follow'],
  ['ngung theo doi hs H40-260219-0088', 'dossier_unfollow'],
  ['thôi khỏi báo hồ sơ đó nữa', 'dossier_unfollow'],
  ['bo theo doi ho so 000.00.21.H40-260114-0037', 'dossier_unfollow'],
  ['đừng báo tiến độ hồ sơ kia nữa', 'dossier_unfollow'],
  ['unfollow H40-260213-0117', 'dossier_unfollow'],
  ['hs nhận kq rồi hủy theo dõi đi', 'dossier_unfollow'],
  ['tôi đang theo dõi hs nào', 'follows'],
  ['xem hs dang nhan thong bao', 'follows'],
  ['nhung ho so toi follow', 'follows'],
  ['CAC HS DANG THEO DOI', 'follows'],
  ['cty mst 0108765432-002 còn hđ ko', 'business'],
  ['ma so thue 4201234567 la cty nao', 'business'],
  ['kiem tra dn 0312 456 789', 'business'],
  ['ai là người đại diện mst 0401987654', 'business'],
  ['địa chỉ cty có mã thuế 3600123456', 'business'],
  ['hộ kd 8012345678-001 còn hoạt động ko', 'business'],
  ['check tax code 0109876543', 'business'],
  ['phan anh PA-2026-000417 sao roi', 'feedback_ticket'],
  ['pa-zl-2026-001205 xu ly chua', 'feedback_ticket'],
  ['phản ánh số 452 có ai giải quyết chưa', 'feedback_ticket'],
  ['tra cuu PA-2026-000893', 'feedback_ticket'],
  ['PA 2026 001034 ket qua?', 'feedback_ticket'],
  ['pakn số 318 tôi gửi tháng trước', 'feedback_ticket'],
  ['my report PA-2026-000211 any update', 'feedback_ticket'],
  ['mã phản ánh pa-2026-000067 đến đâu rồi', 'feedback_ticket'],
  ['ds pakn cua em sao roi', 'my_feedback'],
  ['tất cả phản ánh của tôi xử lý chưa', 'my_feedback'],
  ['MAY CAI PHAN ANH TRUOC CUA TOI', 'my_feedback'],
  ['dang ky nhan tin thoi tiet bao lu', 'subscriptions'],
  ['muốn nhận thông báo về giáo dục', 'subscriptions'],
  ['nhận tin tức xã mình', 'subscriptions'],
  ['subscribe health news', 'subscriptions'],
  ['cho e nhan thong bao y te voi', 'subscriptions'],
  ['đăng ký nhận tin thiên tai', 'subscriptions'],
  ['chọn chủ đề nhận tin', 'subscriptions'],
  ['huyr ddangw ký nhận tin', 'unsubscribe'],
  ['ko nhan tin giao duc nua', 'unsubscribe'],
  ['STOP GUI TIN', 'unsubscribe'],
  ['bỏ nhận tin thời tiết', 'unsubscribe'],
  ['tôi muốn nói chuyện với cán bộ', 'handoff'],
  ['noi chuyen voi nhan vien di', 'handoff'],
  ['ko muon chat vs bot', 'handoff'],
  ['ad that dau roi', 'handoff'],
  ['chuyển cán bộ tư vấn giúp', 'handoff'],
  ['talk to a human please', 'handoff'],
  ['GẶP NGƯỜI TRỰC ĐI', 'handoff'],
  ['so hotline la bao nhieu', 'help'],
  ['mấy giờ mở cửa vậy', 'help'],
  ['cách dùng trang này sao', 'help'],
  ['sđt liên hệ ubnd tỉnh', 'help'],
  ['huong dan su dung zalo oa', 'help'],
  ['email cua tinh la gi', 'help'],
  ['menu di', 'menu'],
  ['bot lam dc gi', 'menu'],
  ['xem danh mục chức năng', 'menu'],
  ['có những chức năng nào', 'menu'],
  ['MENU ĐÂU', 'menu'],
  ['Xin chào UBND', 'welcome'],
  ['hi shop', 'welcome'],
  ['e chao anh chi a', 'welcome'],
  ['CHÀO CHÍNH QUYỀN', 'welcome'],
  ['chuyển tiếng Việt', 'language'],
  ['bot giu sdt toi ko', 'my_data'],
  ['what data do you have on me', 'my_data'],
  ['thông tin cá nhân tôi đc lưu ntn', 'my_data'],
  ['xóa hết thông tin cá nhân tôi đi', 'erase_my_data'],
  ['XOA SDT TOI KHOI HE THONG', 'erase_my_data'],
  ['yêu cầu xóa dữ liệu theo luật 91', 'erase_my_data'],
  ['mai troi mua ko', 'none'],
  ['ban dat nen gia re lh 0912 347 865', 'none'],
  ['tiền điện tháng này cao quá', 'none'],
  ['tra phat nguoi bien 51G', 'none'],
  ['có ai bán xe cũ ko', 'none'],
  ['vay tien nhanh khong the chap', 'none'],
  ['sao ngân hàng trừ tiền của tôi', 'none'],
  ['bau cu my ai thang', 'none'],
  ['cảm ơn nha', 'none'],
  ['hahaha vui vay', 'none'],
  ['cho xin link phim', 'none'],
  ['nhà thuốc nào mở cửa đêm', 'none'],
  ['hoc phi dai hoc bach khoa bn', 'none'],
  ['quán phở ngon gần đây', 'none'],
  ['cách nấu thịt kho', 'none'],
  ['xin so dien thoai co Lan', 'none'],
  ['CẦN TUYỂN THỢ HỒ GẤP', 'none'],
  ['tiền nước tháng này sao cao vậy', 'none'],
  ['bitcoin tang ko ad', 'none'],
  ['ad may tuoi', 'none'],
  ['nhan lam bang dai hoc gia re', 'none'],
];

// Tuning 54 (219 messages, written blind on 2026-12-05 from the list of labels only, to be learnt from, not to
// study: English and Vietnamese mixed with English).
const batch54Tune: [string, string][] = [
  ['tthc cấp lại bản sao gks mất bao lâu z mn, e cần gấp cho bộ hồ sơ du học', 'procedure'],
  ['I need a loan for my business, which bank has best interest rate?', 'none'],
  ['can you send me a message when my work permit file H40-260307-0119 is approved?', 'dossier_follow'],
  ['đt của e bị hư màn hình, chỗ nào sửa uy tín ở tp ạ', 'none'],
  ['hello bot, mày có người yêu chưa', 'none'],
  ['làm lại cccd gắn chip bị sai ngày sinh thì thủ tục thế nào, có mất phí ko', 'procedure'],
  ['tui nộp mấy bộ hồ sơ rồi mà ko nhớ mã, liệt kê hết giúp tui với', 'my_dossiers'],
  ['I forgot my dossier code, can you show all my applications?', 'my_dossiers'],
  ['app ngân hàng của e bị lỗi chuyển khoản ko được, mất tiền rồi help', 'none'],
  ['muốn đổi tên cho con thì cần điều kiện gì, giấy tờ gì bn oi', 'procedure'],
  ['email liên hệ của trung tâm ạ', 'help'],
  [
    'The karaoke next to my apartment plays loud music until 2am every night, I cannot sleep. can someone stop this?',
    'feedback',
  ],
  ['cái phản ánh rác mà e gửi, mã PA-2026-001317, sao vẫn đang xử lý hoài', 'feedback_ticket'],
  ['someone is building an extra floor illegally next door, dust everywhere and they work on sunday too', 'feedback'],
  ['is there someone who speaks English I can chat with?', 'handoff'],
  [
    'Is it possible to apply for the marriage status certificate (xác nhận tình trạng hôn nhân) online via the dịch vụ công portal?',
    'procedure',
  ],
  [
    'Cho mình hỏi đăng ký kết hôn với người nước ngoài (chồng Hàn) nộp hs ở xã hay lên tỉnh, timeline bao lâu',
    'procedure',
  ],
  ['tra cứu pa-2026-000913 giúp e', 'feedback_ticket'],
  ['cho e gặp cán bộ trực tiếp', 'handoff'],
  ['procedure for divorce by mutual agreement when the husband lives in Japan?', 'procedure'],
  ['cầu tre qua kênh ấp 3 bị gãy 1 nhịp, học sinh phải lội nước, xin hỗ trợ sửa', 'feedback'],
  ['nhà kế bên xây lấn qua ranh đất nhà tôi 30cm, báo xã rồi mà không thấy xuống đo', 'feedback'],
  ['tra mst hộ kd 8123456789 ạ', 'business'],
  ['đừng gửi tin thông báo cho e nữa, spam quá', 'unsubscribe'],
  ['need criminal record certificate (lý lịch tư pháp) no 2 for my visa to canada, where to apply & fee?', 'procedure'],
  ['tôi muốn nói chuyện với chuyên viên, việc gấp', 'handoff'],
  ['I got a receipt number H40.26.0311.0054 for my temporary residence, when can I pick up?', 'dossier'],
  ['I lost my CCCD card, how to reissue it and how long it takes', 'procedure'],
  ["Can you tell me where my baby's birth registration file is at? 000.00.21.H40-260310-0556", 'dossier'],
  ['tắt noti hồ sơ 000.00.37.H40-260105-0199 giùm e', 'dossier_unfollow'],
  ['theo luật 91/2025 tôi có quyền biết các dữ liệu mà OA thu thập về tôi', 'my_data'],
  [
    'The traffic light at the big intersection near the bus station is not working since this morning, total chaos',
    'feedback',
  ],
  [
    'Hi there, our company wants to build a small warehouse in the industrial zone, do we need a construction permit and which office issues it',
    'procedure',
  ],
  ['tắt hết thông báo của tỉnh giùm', 'unsubscribe'],
  ['factory near our village dumping black water into canal, fish are dying, pls check', 'feedback'],
  ['please erase all my personal information from your system', 'erase_my_data'],
  ["what's the hotline number?", 'help'],
  ['any update for 000.00.21.h40-260225-0019 ?', 'dossier'],
  ['mình gửi mấy cái phản ánh mà quên mã, xem list dc ko', 'my_feedback'],
  ['e mới ra trường, muốn xin giấy xác nhận cư trú để apply job thì làm ở đâu ạ', 'procedure'],
  [
    'my wife is Vietnamese and we want to register our marriage here. I am Australian. which documents must be legalized?',
    'procedure',
  ],
  ['I want to receive weather and disaster warnings for my commune', 'subscriptions'],
  ['cây xanh bị nghiêng sắp đổ trên đường Lê Lợi, gió mạnh là toang, nhờ bên công trình đô thị check gấp', 'feedback'],
  [
    'street lights on the riverside road are broken since last week, very dark and dangerous for walking at night',
    'feedback',
  ],
  ['phản ánh số 452 của tôi xử lý tới đâu rồi', 'feedback_ticket'],
  ['my business registration was submitted online last monday, has it been processed? H40-260316-0203', 'dossier'],
  ['keep me updated automatically on file 000 00 37 H40 260201 0450', 'dossier_follow'],
  ['a big tree fell across the path at the park near the lake, blocking the way and looks dangerous', 'feedback'],
  ['tell me a joke', 'none'],
  ['Is my marriage registration done? I applied at the district on Feb 10, no code with me now sorry', 'dossier'],
  ['kq phan anh so PA-2026-000540', 'feedback_ticket'],
  ['đăng ký nhận tin thông báo từ tỉnh về y tế và giáo dục', 'subscriptions'],
  ['who is legal representative of company 4201234567', 'business'],
  ['I want to verify my supplier before signing contract, MST 0108765432-002, is it still active?', 'business'],
  ['stray dogs in my neighborhood chase people, my kid almost got bitten. nobody does anything', 'feedback'],
  ['Phản ánh: quán nhậu đầu hẻm hát karaoke tới 12h đêm, mở loa công suất lớn, neighbors ko ai ngủ được', 'feedback'],
  ['report: manhole cover missing in the alley beside the school, very dangerous at night', 'feedback'],
  ['Is the business with tax id 3702456189 closed or operating?', 'business'],
  ['Hồ sơ đăng ký kết hôn của e nộp ở xã tuần trước, giờ ok chưa ạ', 'dossier'],
  ['hi, my landlord gave me tax number 0312987654 for the invoice, is it a real company?', 'business'],
  ['kiến nghị làm thêm gờ giảm tốc trước cổng trường, xe tải chạy nhanh lắm, con nít đi học nguy hiểm', 'feedback'],
  ['sidewalk totally occupied by shops and parked cars, we have to walk on the road with our stroller', 'feedback'],
  ['tối nay có đá banh ko mn, xem ở kênh nào', 'none'],
  ['hoof sow xin trợ cấp thất nghiệp gồm những j ạ, e nghỉ việc công ty rồi', 'procedure'],
  ['ad thật ơi vô rep e với', 'handoff'],
  ['H40-260115-0452 đang ở khâu nào v, mình cần gấp để đi làm visa', 'dossier'],
  ['under the personal data law, I want to know what data you collect on me', 'my_data'],
  ['can I see all my pending applications at once? I have 3 or 4 I think', 'my_dossiers'],
  ['Feedback #PA-2026-000219 - was it forwarded to the ward?', 'feedback_ticket'],
  ['theo dõi hồ sơ H40-260318-0022 giúp mình, có update thì nhắn zalo', 'dossier_follow'],
  [
    'There is a huge pothole on the road near the market in front of the pharmacy, two motorbikes fell yesterday. please fix',
    'feedback',
  ],
  ['hồ sơ xin gpxd của e (000.00.09.H40-260208-0233) quá hạn trả kết quả 5 ngày rồi mà chưa thấy', 'dossier'],
  ['How much does it cost to get a work permit for a foreign engineer and how many days?', 'procedure'],
  ['connect me to human staff', 'handoff'],
  ['any response to feedback number PA-2026-001022? I reported a pothole', 'feedback_ticket'],
  ['how do I use this Zalo service?', 'help'],
  ['đừng gửi thông báo hồ sơ H40-260318-0022 nữa, nhận kq rồi', 'dossier_unfollow'],
  ['Hi, can you check the status of my dossier 000.00.21.H40-260114-0037 please', 'dossier'],
  ['xem lại tất cả pa e đã gửi với tình trạng xử lý', 'my_feedback'],
  ["hi i'd like to give feedback, the online portal keeps crashing when i upload files, very frustrating", 'feedback'],
  ['how do I pay my electricity bill online, EVN app not working', 'none'],
  ['cách đăng ký thường trú cho vợ từ tỉnh khác về, có cần sổ hộ khẩu ko hay chỉ cần CCCD thôi', 'procedure'],
  ['báo cho e khi hs 000.00.21.H40-260226-0310 có kết quả nha', 'dossier_follow'],
  [
    'I want to complain about the officer at the one-stop desk, he was rude and asked me extra money to speed up my file',
    'feedback',
  ],
  ['is the result of my land certificate ready? code 000.00.37.H40-251230-0112', 'dossier'],
  ['hủy theo dõi hs 000.00.21.H40-260226-0310', 'dossier_unfollow'],
  ['what is the status of my complaint PA-2026-000417?', 'feedback_ticket'],
  ['I want to get alerts on the status of 000.00.05.H40-260312-0087', 'dossier_follow'],
  ['can you look up the company with tax code 0315577204', 'business'],
  ['quán nhỏ thui mà muốn bán lẻ rượu thì phải xin giấy phép gì, phí bao nhiêu ạ', 'procedure'],
  ['ad ơi có crush rồi làm sao để tỏ tình hihi', 'none'],
  ['em muon xin giay phep xay dung nha 3 tang o xa thi can nhung gi a, co template don ko', 'procedure'],
  [
    'cho e hỏi thủ tục đăng ký kinh doanh hộ cá thể cần những giấy tờ gì ạ, e muốn mở shop online có cần ko',
    'procedure',
  ],
  ['What is the process to convert my foreign driving license to a vietnamese one', 'procedure'],
  ['dang ky nhan tin phuong cua toi', 'subscriptions'],
  ['Can i certify copies of my passport at the commune office? cost?', 'procedure'],
  ['who do you think wins the match tonight, Vietnam vs Thailand?', 'none'],
  ['cán bộ địa chính xã hẹn lên hẹn xuống 4 lần chưa giải quyết, attitude rất tệ, tôi muốn khiếu nại', 'feedback'],
  [
    'i want to register death for my grandfather who passed away in the US, he was born here, procedure pls',
    'procedure',
  ],
  ['xem all hs da nop cua minh', 'my_dossiers'],
  ['ho so so do cua toi nop tu thang 12 ma van chua xong, ma 000.00.37.H40-251211-0064', 'dossier'],
  ['em can lam giay khai tu cho ong noi, mat tai nha, mat may ngay the', 'procedure'],
  ['check traffic fine for my car plate 51H-123.45 please', 'none'],
  ['mst 4300567812-001 là của cty nào vậy, còn hoạt động ko', 'business'],
  ['is the office open on saturday?', 'help'],
  ['show the files I get alerts for', 'follows'],
  ['show all my feedback reports', 'my_feedback'],
  ['im vietnamese american, how can i restore my vietnamese nationality, what forms', 'procedure'],
  ['hướng dẫn cách dùng OA này với', 'help'],
  ['kiểm tra thông tin doanh nghiệp mã số thuế 0316 245 870, người đại diện là ai', 'business'],
  ['e muốn xóa hết thông tin của e trên OA này', 'erase_my_data'],
  ['ko nhan tin y te nua', 'unsubscribe'],
  ['chọn chủ đề nhận tin: thời tiết, việc làm', 'subscriptions'],
  ['chuyển mục đích sử dụng đất vườn sang đất ở phải đóng bao nhiu tiền, quy trình sao ạ', 'procedure'],
  ['trại heo gần nhà xả thải ra mương, mùi hôi nồng nặc cả ngày, e có quay clip', 'feedback'],
  ['cac ho so toi dang nhan thong bao', 'follows'],
  ['my criminal record request - submitted at public service center 3 weeks ago, still no sms, is it done?', 'dossier'],
  ['thu tuc chuyen truong cho con tu tinh khac ve thi lam sao a, deadline khi nao', 'procedure'],
  ['giá vàng sjc hôm nay bn vậy ad', 'none'],
  ['list the complaints I have sent and their status', 'my_feedback'],
  ['no more updates about my file 000.00.05.H40-260312-0087 thanks', 'dossier_unfollow'],
  ['I sent a report about noise last month, ticket PA-2026-000388, nothing happened yet', 'feedback_ticket'],
  ['can you translate this letter from my bank into english for me', 'none'],
  ['checking my report pa-zl-2026-001205', 'feedback_ticket'],
  ['gap nhan vien ho tro', 'handoff'],
  ['Can you recommend a good pho restaurant near the city center?', 'none'],
  ['hồ sơ tách thửa mã 000.11.37.H40-260109-0007 được duyệt chưa anh chị, bên 1 cửa bảo chờ mà lâu quá', 'dossier'],
  ['Do you speak English?', 'language'],
  ['trung tâm phục vụ hành chính công ở đâu, mấy giờ mở cửa', 'help'],
  ['how long to get land use right certificate after submit? and what fee i must pay', 'procedure'],
  ['Góp ý: app dịch vụ công login bằng VNeID hay bị lỗi OTP, mong cải thiện UX', 'feedback'],
  [
    'hello, checking on dossier no. 000.22.15.H40-260201-0077, the appointment date on receipt already passed',
    'dossier',
  ],
  ['status of file 000 00 12 H40 260128 0921 pls', 'dossier'],
  ['các hồ sơ của tôi đã nộp', 'my_dossiers'],
  ['check giùm mình hồ sơ H40-260227-0371 đã có kết quả chưa', 'dossier'],
  ['e quên mã hồ sơ rồi, xem lại tất cả hs của e đc ko', 'my_dossiers'],
  ['garbage not collected on our street for 5 days now, smells really bad, lots of flies', 'feedback'],
  ['MST 0401765234 dia chi o dau vay', 'business'],
  ['check tax code 0402198765 please, name and address', 'business'],
  ['I need to speak with an officer now', 'handoff'],
  ['e muốn nhận thông báo thiên tai bão lũ cho xã mình', 'subscriptions'],
  ['cho e xem danh sách hồ sơ đứng tên e, sdt zalo này nè', 'my_dossiers'],
  ['làm passport lần đầu thì nộp ở đâu vậy ad, fee bao nhiu', 'procedure'],
  ['muỗi nhiều quá mà khu phố chưa được phun thuốc, có 3 ca sốt xuất huyết rồi', 'feedback'],
  ['tra cứu tiến độ hồ sơ cấp đổi GPLX, mã 000 00 05 H40 260302 0018, status hiện tại sao vậy', 'dossier'],
  ['illegal sand mining on the river at night, loud boats and the bank is eroding near our farm', 'feedback'],
  ['cho e hỏi tỷ giá usd hôm nay', 'none'],
  ['Kiếm việc làm part time cho sinh viên ở tp, có ai tuyển ko ạ', 'none'],
  ['stop notifications for dossier 000.00.21.H40-260114-0037, I already got the result', 'dossier_unfollow'],
  ['cho hỏi hồ sơ chuyển mục đích sd đất của ba em xong chưa, nộp từ tháng 1 rồi', 'dossier'],
  ['bao h thì hs đăng ký hkd của em có kết quả, mã H40-260320-0041', 'dossier'],
  ['what do you think about the election in the US', 'none'],
  ['Selling iPhone 14 pro max 256gb like new, good price, inbox me', 'none'],
  ["what's the gold price today", 'none'],
  ['mở menu', 'menu'],
  ['đèn đường hẻm 45 tắt cả tháng rồi, tối om, tuần trước có vụ giật điện thoại', 'feedback'],
  ["remove my phone number and data, I'm leaving vietnam", 'erase_my_data'],
  ['xem dữ liệu cá nhân của e trên hệ thống', 'my_data'],
  [
    'We had baby at provincial hospital last week, father is Korean, how to do birth registration for baby with foreign father',
    'procedure',
  ],
  ['e đang bật thông báo cho những hs nào v ad', 'follows'],
  ['tra cứu mst 0109876543 giúp e', 'business'],
  ['CÓ NGƯỜI LẤN CHIẾM VỈA HÈ LÀM QUÁN CÀ PHÊ TRÊN ĐƯỜNG NGUYỄN HUỆ ĐỀ NGHỊ XỬ LÝ', 'feedback'],
  ['where is the public administrative service center and what are the opening hours?', 'help'],
  [
    'Suggestion: please add english signs at the public service center, foreigners like me get very confused',
    'feedback',
  ],
  ["I don't want the education news anymore, only keep weather", 'unsubscribe'],
  ['show me the information you store about me', 'my_data'],
  ['how many reports have I submitted so far? I sent several about the flooding', 'my_feedback'],
  ['can foreigner buy apartment and get pink book? what is procedure', 'procedure'],
  ['cống thoát nước bị nghẹt nên mưa là ngập tới đầu gối, đã báo tổ dân phố mà ko ai fix', 'feedback'],
  ['xin cấp phép biển quảng cáo cho shop thì làm ntn, có submit online được k', 'procedure'],
  ['đổi ngôn ngữ sang tiếng Việt đi ad', 'language'],
  ['Flooding again after rain, the drain on Tran Phu street is blocked and water goes into houses', 'feedback'],
  [
    'what documents needed to open a small cafe as household business? i am vietnamese but live abroad 10 years',
    'procedure',
  ],
  ['how can I get news from the province about education, my kids go to school here', 'subscriptions'],
  ['rac ton dong o bai dat trong canh truong tieu hoc, boc mui kinh khung, hoc sinh di ngang phai bit mui', 'feedback'],
  [
    "Hi, I'm an English teacher living here, how do I register temporary residence (tạm trú) for myself? what papers do I need",
    'procedure',
  ],
  ['ở khu công nghiệp có xe container đậu kín 2 bên đường cả đêm, block hết lối đi', 'feedback'],
  ['mã hs 000.00.21.H40-260304-0098 bị trả về hả ad, sao k thấy ai báo', 'dossier'],
  [
    "hello, I'm Viet Kieu from US, want to get a copy of my birth certificate (trích lục khai sinh) from here, can I do it online?",
    'procedure',
  ],
  ['PA-ZL-2026-000076 đã có trả lời chưa ad', 'feedback_ticket'],
  ['e muốn check status hs cấp lại cccd nộp hôm 3/3', 'dossier'],
  ['how to change motorbike registration to my name, i bought second hand bike from my friend', 'procedure'],
  ['which of my applications have notifications turned on', 'follows'],
  ['bãi tắm công cộng bị bán hàng rong chèo kéo khách nước ngoài, làm xấu hình ảnh du lịch', 'feedback'],
  ['phan anh viec thu phi giu xe o benh vien tinh qua cao, 10k 1 luot xe may ma ko co ve', 'feedback'],
  ['cty đối tác gửi mst 2901345672, check giúp e xem có bị đóng mst chưa trc khi ký hđ', 'business'],
  ['đăng ký xe máy điện mới mua thì làm online đc k hay phải lên công an huyện', 'procedure'],
  ['mẹ e 70 tuổi bị khuyết tật, xin trợ cấp xã hội hàng tháng thì cần hồ sơ gì ạ', 'procedure'],
  ['khi nào hs của tui đổi trạng thái thì noti cho tui biết với, mã 000.00.09.H40-260223-0064', 'dossier_follow'],
  ['nước máy nhà e có màu vàng đục với mùi clo nặng, ko dám xài, đề nghị kiểm tra chất lượng nước', 'feedback'],
  ['is it going to rain tomorrow? planning a beach trip lol', 'none'],
  ["what's the progress on H40-260219-0088? submitted 2 weeks ago", 'dossier'],
  ['please notify me when dossier 000.00.21.H40-260114-0037 has a result', 'dossier_follow'],
  ['hs 000.00.21.H40-260114-0145 của e tới bước nào rồi ad', 'dossier'],
  ['bật thông báo cho hồ sơ sổ đỏ mã 000.00.37.H40-260105-0199', 'dossier_follow'],
  ['Hỏi về procedure tách thửa đất, diện tích tối thiểu ở huyện mình là bao nhiêu m2 vậy', 'procedure'],
  ['mình follow mấy hồ sơ rồi, xem lại list được k', 'follows'],
  ['điểm thi thpt năm nay bao giờ có vậy', 'none'],
  ['nhận tin tự động về hồ sơ 000.22.15.H40-260310-0731 đc k ad', 'dossier_follow'],
  ['chat với người thật đc ko, bot trả lời ko đúng ý', 'handoff'],
  ["I lost the receipt and don't remember any code, how can I find my applications", 'my_dossiers'],
  ['my son will enroll in grade 1 this year, do we need any paper from the ward about residence?', 'procedure'],
  ['burning trash every evening in the empty lot behind my house, smoke is toxic, I have asthma', 'feedback'],
  ['subscribe me to health announcements please', 'subscriptions'],
  ['Water supply cut 3 days without any notice in our ward, nobody answers at the water company', 'feedback'],
  ['xoa sdt va thong tin cua toi di', 'erase_my_data'],
  ['bạn lưu những thông tin cá nhân gì của tôi', 'my_data'],
  ['can I get typhoon alerts in my area? I live in a coastal village', 'subscriptions'],
  ['bo theo doi ho so 000 00 09 H40 260223 0064', 'dossier_unfollow'],
  ["Did my construction permit get rejected? it's been a month. ref 000.00.09.H40-260120-0318", 'dossier'],
  ['Nhận làm nail, mi, tóc tại nhà giá rẻ, ib em nha', 'none'],
  ['đường vô xóm e bị sụt lún 1 đoạn dài, trời mưa xe máy té hoài, mong chính quyền xem lại giùm', 'feedback'],
  ['ket qua ho so tro cap that nghiep 000.00.15.H40-260218-0620 co chua vay', 'dossier'],
  ['list of my dossiers please', 'my_dossiers'],
  ['show me all the files I have submitted, my phone is the one on this zalo', 'my_dossiers'],
  ['My work permit application code is 000.00.07.H40-260305-0412, is it approved yet?', 'dossier'],
  ['please unfollow H40-260219-0088', 'dossier_unfollow'],
  ['kết quả xổ số miền nam hôm nay đài nào z', 'none'],
  ['ad oi dang ky bhyt ho gia dinh thi nop o dau, price 1 nam bao nhieu', 'procedure'],
];

// Tuning 55 (237 messages, written blind on 2026-12-05 from the list of labels only, to be learnt from, not to
// study: formal and semi-formal letters, officials on duty, pasted notices).
const batch55Tune: [string, string][] = [
  [
    'Kính gửi UBND xã. Tôi tên là Nguyễn Văn Hùng, trú tại thôn 3 xã Hưng Đông. Tôi muốn đăng ký khai sinh cho cháu nội sinh ngày 12/01/2026, xin hỏi cần chuẩn bị những giấy tờ gì và có mất lệ phí không ạ?',
    'procedure',
  ],
  [
    'Kinh gui UBND tinh, toi la giao vien nghi huu, nay muon lam thu tuc cap lai so do bi mat khi chuyen nha, xin huong dan ho toi ho so gom nhung gi, nop o dau a',
    'procedure',
  ],
  [
    'Căn cứ Nghị định 123/2015/NĐ-CP về đăng ký hộ tịch, cho tôi hỏi đăng ký kết hôn với người nước ngoài hiện nay nộp ở đâu ạ? Vì từ 1/7/2025 đã không còn cấp huyện nữa.',
    'procedure',
  ],
  [
    'Tôi là cán bộ địa chính xã, xin hỏi thủ tục chuyển mục đích sử dụng đất từ đất vườn sang đất ở theo Luật Đất đai 2024 thì thời hạn giải quyết là bao nhiêu ngày làm việc?',
    'procedure',
  ],
  [
    'Kính thưa quý cơ quan, tôi là cựu chiến binh năm nay 72 tuổi, muốn làm hồ sơ hưởng trợ cấp theo Quyết định 62/2011/QĐ-TTg thì nộp ở đâu, có cần xác nhận của Hội CCB xã không ạ',
    'procedure',
  ],
  [
    'Xin chào, tôi là kế toán Công ty TNHH Minh Phát. Công ty chúng tôi cần thay đổi người đại diện theo pháp luật, đề nghị hướng dẫn hồ sơ và lệ phí đăng ký thay đổi nội dung đăng ký doanh nghiệp.',
    'procedure',
  ],
  [
    'Toi ten la Tran Thi Mai tru tai to dan pho 5 phuong Trung Do. Xin hoi thu tuc xin giay phep xay dung nha o rieng le 3 tang can nhung giay to gi va mat bao lau a',
    'procedure',
  ],
  [
    'Dạ cho tôi hỏi làm lại CCCD do bị hỏng chip thì có mất phí không, nếu mất thì bao nhiêu tiền ạ. Tôi năm nay 65 tuổi đi lại khó khăn, có được cán bộ làm tại nhà không',
    'procedure',
  ],
  [
    'Kính gửi UBND phường. Mẹ tôi mất ngày 03/02/2026 tại nhà riêng. Gia đình cần làm thủ tục khai tử, xin hỏi thời hạn đăng ký khai tử là bao lâu và ai có trách nhiệm đi khai ạ?',
    'procedure',
  ],
  [
    'Theo Thông tư 04/2020/TT-BTP thì bản sao trích lục khai sinh có xin ở nơi khác nơi đăng ký được không? Tôi cần gấp để bổ sung hồ sơ thi tuyển viên chức.',
    'procedure',
  ],
  [
    'Tôi là hiệu trưởng trường tiểu học, xin hỏi thủ tục cho phép nhóm trẻ độc lập tư thục hoạt động giáo dục thì sau sáp nhập nộp cho cơ quan nào ạ',
    'procedure',
  ],
  [
    'Kinh gui quy co quan. Toi muon dang ky ho kinh doanh ban tap hoa tai nha, xin hoi ho so gom nhung gi, nop online dc khong, le phi bao nhieu',
    'procedure',
  ],
  [
    'xin hỏi thủ tục xác nhận tình trạng hôn nhân để vay ngân hàng, tôi đã ly hôn năm 2019 thì cần mang theo những giấy tờ gì a',
    'procedure',
  ],
  [
    'Kính gửi Sở Tư pháp. Tôi cần cấp Phiếu lý lịch tư pháp số 2 để đi xuất khẩu lao động Nhật Bản. Xin hướng dẫn thủ tục, thời gian trả kết quả và có làm qua VNeID được không.',
    'procedure',
  ],
  [
    'Toi la thuong binh hang 3/4, nay muon lam the BHYT cho vo theo che do than nhan nguoi co cong, thur tucj nhuw theer naof a',
    'procedure',
  ],
  [
    'Tôi tên là Lê Văn Đức, cán bộ hưu trí. Xin hỏi thủ tục tách thửa để chia đất cho hai con, diện tích tối thiểu được tách thửa ở địa phương mình hiện nay là bao nhiêu m2 ạ?',
    'procedure',
  ],
  [
    'Chào anh chị, loa xã vừa đọc thông báo: "Công dân từ đủ 14 tuổi chưa có thẻ căn cước đến nhà văn hóa thôn để làm thủ tục". Con tôi vừa đủ 14 tuổi thì cần mang theo giấy tờ gì ạ',
    'procedure',
  ],
  [
    'Kính gửi UBND xã Quỳnh Lưu, xin hỏi thủ tục đăng ký thường trú cho con dâu về ở nhà chồng, trước đây cháu thường trú ở tỉnh khác, cần những gì',
    'procedure',
  ],
  [
    'Đề nghị hướng dẫn thủ tục cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm cho cơ sở sản xuất giò chả quy mô hộ gia đình.',
    'procedure',
  ],
  [
    'Toi can chung thuc ban sao tu ban chinh bang tot nghiep, phai den UBND xa hay lam o van phong cong chung cung dc, phi bao nhieu 1 trang',
    'procedure',
  ],
  [
    'Tôi là cán bộ văn phòng công ty cổ phần, xin hỏi đăng ký nội quy lao động theo Bộ luật Lao động 2019 thì nộp ở đâu, hồ sơ gồm những gì ạ',
    'procedure',
  ],
  [
    'Kính gửi ban tiếp công dân. Tôi muốn đăng ký lại khai sinh cho bản thân vì bản chính bị thất lạc, sổ gốc ở UBND xã cũng không còn lưu. Tôi sinh năm 1958. Kính mong được hướng dẫn.',
    'procedure',
  ],
  [
    'Cho hỏi đổi giấy phép lái xe hạng B2 sắp hết hạn vào tháng 4 này thì làm ở đâu, có phải khám sức khỏe lại không ạ. Tôi là lái xe cơ quan.',
    'procedure',
  ],
  [
    'Xin chào, tôi vừa nghỉ việc ở công ty may, đã đóng BHXH 6 năm. Xin hỏi thủ tục hưởng trợ cấp thất nghiệp, hạn nộp hồ sơ là bao nhiêu ngày kể từ khi nghỉ việc ạ',
    'procedure',
  ],
  [
    'Kinh gui UBND. Toi la nguoi dai dien hop tac xa nong nghiep Dong Tien, xin hoi thu tuc dang ky thay doi ten hop tac xa can nhung gi',
    'procedure',
  ],
  [
    'Vợ chồng tôi muốn nhận cháu ruột (con của em gái đã mất) làm con nuôi. Xin hỏi thủ tục đăng ký nuôi con nuôi trong nước cần hồ sơ gì, nộp ở cấp nào?',
    'procedure',
  ],
  [
    'Trích thông báo của UBND xã: "Hồ sơ đề nghị hỗ trợ làm nhà cho hộ nghèo, hộ cận nghèo nộp trước ngày 30/3/2026". Nhà tôi là hộ cận nghèo có được làm không, cần những giấy tờ gì',
    'procedure',
  ],
  [
    'Tôi xin hỏi khi đăng ký biến động do nhận thừa kế quyền sử dụng đất thì có phải nộp thuế TNCN và lệ phí trước bạ không? Văn bản thỏa thuận phân chia di sản đã công chứng rồi ạ.',
    'procedure',
  ],
  [
    'Kính hỏi: thủ tục cấp giấy phép đủ điều kiện kinh doanh karaoke theo Nghị định 54/2019/NĐ-CP hiện do cơ quan nào tiếp nhận, thời gian giải quyết bao lâu',
    'procedure',
  ],
  [
    'Tôi là trưởng thôn, nhiều bà con hỏi cách xin giấy xác nhận thông tin cư trú trên VNeID, nhờ quý cơ quan hướng dẫn các bước để tôi phổ biến lại cho bà con',
    'procedure',
  ],
  ['CHO TOI HOI THU TUC XIN CONG NHAN HO NGHEO CAN GIAY TO GI. TOI 70 TUOI SONG MOT MINH', 'procedure'],
  [
    'Chào UBND, tôi là Việt kiều Úc về thăm quê, muốn xin bản sao trích lục kết hôn đăng ký năm 1995 tại xã, tôi có thể ủy quyền cho em trai đi xin thay không?',
    'procedure',
  ],
  [
    'Cho tôi hỏi thủ tục thay đổi họ cho con từ họ cha sang họ mẹ sau khi ly hôn, theo Luật Hộ tịch có cần sự đồng ý của cha cháu không ạ',
    'procedure',
  ],
  [
    'Dạ em là nhân viên hành chính công ty, công ty chuẩn bị mở chi nhánh tại tỉnh mình, cho em hỏi thủ tục đăng ký hoạt động chi nhánh nộp trên Cổng DVC quốc gia hay cổng của tỉnh ạ',
    'procedure',
  ],
  [
    'Căn cứ Nghị định 76/2024/NĐ-CP thì người từ đủ 75 tuổi được hưởng trợ cấp xã hội hàng tháng. Bố tôi năm nay 76 tuổi, sống ở xã đặc biệt khó khăn, hồ sơ đề nghị gồm những gì ạ',
    'procedure',
  ],
  [
    'Xin hỏi đất khai hoang sử dụng ổn định từ năm 1990, không có giấy tờ gì thì có được cấp giấy chứng nhận lần đầu không, thủ tục ntn',
    'procedure',
  ],
  [
    'Toi muon lam ho chieu pho thong cho ca nha 4 nguoi di du lich, lam online tren dich vu cong duoc khong, le phi bao nhieu mot cuon',
    'procedure',
  ],
  [
    'Kính gửi quý cơ quan, công ty chúng tôi (ngành cơ khí) cần xin giấy phép xây dựng nhà xưởng trong cụm công nghiệp. Xin cho biết cơ quan cấp phép và thời hạn giải quyết.',
    'procedure',
  ],
  ['tôi là thương binh, xin hỏi cấp lại giấy chứng nhận thương binh bị rách nát thì làm ở đâu ạ', 'procedure'],
  [
    'Em trai tôi bị tâm thần, bố mẹ đã mất cả. Xin hỏi đăng ký giám hộ cho em cần hồ sơ gì, nộp ở xã hay ở đâu',
    'procedure',
  ],
  [
    'Tôi xin dán nguyên văn: "Đề nghị công dân hoàn thiện thủ tục đăng ký tạm trú trước ngày 15/3". Cho hỏi sinh viên thuê trọ thì chủ nhà khai hay người thuê tự khai, cần giấy tờ gì',
    'procedure',
  ],
  [
    'Kính gửi UBND xã. Tôi là chủ hộ kinh doanh quán ăn, muốn tạm ngừng kinh doanh 6 tháng để sửa nhà, xin hỏi thủ tục thông báo tạm ngừng như thế nào.',
    'procedure',
  ],
  [
    'Kinh thua, toi muon lam giay xac nhan khuyet tat cho con trai bi bai nao, quy trinh xac dinh muc do khuyet tat nhu the nao a',
    'procedure',
  ],
  [
    'Xin hỏi thủ tục đăng ký khai sinh kết hợp nhận cha con khi bố mẹ chưa đăng ký kết hôn, có bắt buộc xét nghiệm ADN không ạ?',
    'procedure',
  ],
  [
    'Chào quý cơ quan. Tôi là Phạm Thị Hoa, giáo viên THCS. Tôi cần xin xác nhận quá trình công tác để bổ sung sổ BHXH thì liên hệ cơ quan nào, thủ tục ra sao',
    'procedure',
  ],
  [
    'Cho tôi hỏi xe máy mới mua giờ đăng ký biển số ở công an xã được chưa, cần mang theo những giấy tờ gì?',
    'procedure',
  ],
  [
    'Kính gửi UBND tỉnh, tôi là giám đốc doanh nghiệp, xin hỏi điều kiện và thủ tục đề nghị cấp thẻ đi lại doanh nhân APEC (ABTC).',
    'procedure',
  ],
  [
    'Trên biên lai ghi: "Lệ phí cấp GCN QSDĐ: 100.000đ". Xin hỏi ngoài khoản này tôi còn phải nộp khoản nào khác khi làm sổ đỏ lần đầu không ạ',
    'procedure',
  ],
  [
    'xin hỏi tôi là người dân tộc thiểu số, con đang học cấp 3 thì có được miễn học phí không, hồ sơ xin miễn giảm làm như thế nào',
    'procedure',
  ],
  [
    'Dear Sir/Madam, I am a British teacher working at a local high school. What documents do I need to renew my work permit and temporary residence card, and where do I submit them?',
    'procedure',
  ],
  [
    'Kính gửi UBND phường. Tôi tên là Hoàng Văn Nam, trú tại số 12 ngõ 45 đường Lê Lợi. Đoạn đường trước nhà tôi có ổ gà sâu khoảng 20cm đã hơn 2 tháng chưa được sửa, đêm qua có người đi xe máy bị ngã. Đề nghị cơ quan chức năng sớm khắc phục.',
    'feedback',
  ],
  [
    'Kinh gui UBND xa, toi la cuu chien binh thon Dong Hai, xin phan anh bai rac tu phat canh muong thuy loi boc mui hoi thoi may thang nay, de nghi xa cho thu gom',
    'feedback',
  ],
  [
    'Tôi là giáo viên trường THCS, xin kiến nghị: đèn đường tuyến từ cổng trường đến ngã ba chợ hỏng 5 bóng, buổi tối học sinh đi học thêm về rất nguy hiểm.',
    'feedback',
  ],
  [
    'Căn cứ Luật Tiếp công dân, tôi phản ánh việc cán bộ một cửa xã có thái độ hách dịch, yêu cầu tôi nộp thêm giấy tờ không có trong quy định khi làm khai sinh cho con.',
    'feedback',
  ],
  [
    'Kính gửi quý cơ quan, khu dân cư chúng tôi bị ngập sâu mỗi lần mưa lớn do cống thoát nước trên đường Nguyễn Du bị lấp khi thi công vỉa hè. Đề nghị kiểm tra, nạo vét.',
    'feedback',
  ],
  [
    'Tôi là tổ trưởng tổ dân phố 7, thay mặt bà con phản ánh quán karaoke số 88 hát đến 1-2 giờ sáng, đã nhắc nhở nhiều lần nhưng chủ quán không chấp hành.',
    'feedback',
  ],
  [
    'Xin phản ánh: hộ ông Trần Văn B ở thôn 4 đang xây dựng lấn chiếm hành lang an toàn đường bộ tỉnh lộ 534, đề nghị xã kiểm tra xử lý theo quy định.',
    'feedback',
  ],
  [
    'Kính gửi UBND tỉnh. Hồ sơ đất của tôi quá hạn 4 tháng không ai trả lời, gọi lên bộ phận một cửa thì không ai nghe máy, lên hỏi thì bị đùn đẩy. Tôi đề nghị làm rõ trách nhiệm của cán bộ.',
    'feedback',
  ],
  [
    'Toi la nguoi ve huu song o khu tap the, xin phan anh xuong che bien go sat khu dan cu thai bui min va chay may ca dem, anh huong suc khoe nguoi gia va tre nho',
    'feedback',
  ],
  [
    'Kiến nghị bố trí thêm biển báo giảm tốc độ và vạch kẻ đường cho người đi bộ trước cổng trường tiểu học Hòa Bình, giờ tan học xe tải chạy rất nhanh.',
    'feedback',
  ],
  [
    'Tôi xin dán nội dung phiếu thu: "Thu tiền đóng góp xây dựng nhà văn hóa thôn: 500.000đ/khẩu". Thôn bắt buộc nộp theo khẩu như vậy là vô lý, đề nghị xã kiểm tra xem khoản thu này có đúng quy định không.',
    'feedback',
  ],
  [
    'Kính gửi UBND xã Nghi Phong, cây xà cừ trước trạm y tế bị mục gốc, nghiêng hẳn ra đường, mùa mưa bão sắp tới rất nguy hiểm, đề nghị cho chặt tỉa sớm.',
    'feedback',
  ],
  [
    'Phản ánh: nước máy khu vực xóm 9 bị đục, có mùi tanh từ 3 hôm nay, bà con không dám nấu ăn. Đề nghị chính quyền yêu cầu đơn vị cấp nước kiểm tra.',
    'feedback',
  ],
  [
    'Toi xin gop y: bo phan mot cua phuong nen lam them sang thu 7 de nguoi di lam gio hanh chinh nhu toi co the di nop hoo sow',
    'feedback',
  ],
  [
    'Tôi là cán bộ công đoàn công ty, phản ánh việc xe tải đổ trộm rác thải công nghiệp ban đêm tại khu đất trống cạnh cụm công nghiệp, tôi có ảnh chụp biển số xe.',
    'feedback',
  ],
  [
    'Kính thưa lãnh đạo UBND, tình trạng thanh niên tụ tập đua xe trên đường ven biển tối thứ 7 hàng tuần diễn ra thường xuyên, người dân rất bức xúc, đề nghị tăng cường tuần tra.',
    'feedback',
  ],
  [
    'CHÓ THẢ RÔNG Ở XÓM TÔI ĐÃ CẮN 2 CHÁU NHỎ TRONG TUẦN NÀY, ĐỀ NGHỊ XÃ XỬ LÝ NGAY CÁC HỘ NUÔI CHÓ KHÔNG RỌ MÕM',
    'feedback',
  ],
  [
    'Tôi là người dân phường Hưng Bình, xin phản ánh việc chiếm dụng vỉa hè làm bãi giữ xe tự phát trước chợ, người đi bộ phải đi xuống lòng đường.',
    'feedback',
  ],
  [
    'Kính gửi UBND xã, mương nội đồng xứ đồng Cồn Bãi bị sạt một đoạn khoảng 15m, nước không vào ruộng được, vụ xuân đang cần nước, đề nghị xã có phương án khắc phục.',
    'feedback',
  ],
  [
    'Theo Luật Bảo vệ môi trường thì đốt rơm rạ gây ô nhiễm là vi phạm, nhưng ở xã tôi mùa gặt nào cũng khói mù mịt cả làng. Kính đề nghị chính quyền tuyên truyền và xử lý.',
    'feedback',
  ],
  [
    'Tôi phản ánh cán bộ địa chính xã gợi ý "chi phí bồi dưỡng" 5 triệu đồng để hồ sơ tách thửa được làm nhanh. Tôi đề nghị được giữ bí mật danh tính.',
    'feedback',
  ],
  [
    'Toi o chung cu Ecohome, thang may toa B hong 2 tuan ban quan ly khong sua, nguoi gia phai leo 15 tang, de nghi co quan chuc nang vao cuoc',
    'feedback',
  ],
  [
    'Cầu tạm bắc qua suối bản Khe Bố bị lũ cuốn trôi, học sinh phải lội suối đi học. Kính đề nghị tỉnh quan tâm hỗ trợ xây cầu kiên cố.',
    'feedback',
  ],
  [
    'Tôi là cán bộ Mặt trận xã, tổng hợp ý kiến cử tri: đề nghị sớm chi trả tiền bồi thường GPMB dự án đường tránh cho 12 hộ dân, đã chậm hơn 1 năm.',
    'feedback',
  ],
  [
    'Phản ánh tình trạng bán hàng rong, chèo kéo khách ở bãi biển khu trung tâm, gây mất mỹ quan và ảnh hưởng hình ảnh du lịch địa phương.',
    'feedback',
  ],
  [
    'Kính gửi UBND. Nhà tôi bị nứt tường do công trình bên cạnh đào móng tầng hầm, chủ đầu tư không hợp tác. Tôi đề nghị chính quyền xuống kiểm tra, lập biên bản hiện trạng.',
    'feedback',
  ],
  [
    'Toi la phu huynh kiem giao vien, kien nghi viec truong thu qua nhieu khoan dau nam (quy lop, quy hoi, tien dieu hoa...) trai quy dinh, nhieu gia dinh kho khan',
    'feedback',
  ],
  [
    'Đèn tín hiệu giao thông ngã tư Quang Trung - Lê Hồng Phong tắt từ sáng nay, giờ cao điểm ùn tắc kéo dài, đề nghị xử lý gấp.',
    'feedback',
  ],
  [
    'Tôi là cựu chiến binh, thành viên ban thanh tra nhân dân, phản ánh việc xã cho thuê đất công ích không qua đấu giá, thiếu công khai minh bạch.',
    'feedback',
  ],
  [
    'Kính gửi, tôi xin góp ý: cổng dịch vụ công của tỉnh thường xuyên báo lỗi khi tải file đính kèm trên 5MB, đề nghị nâng cấp hệ thống.',
    'feedback',
  ],
  [
    'Phản ánh: trạm trộn bê tông tự phát ở cuối xóm Đông hoạt động cả ban đêm, xe bồn chạy làm nứt vỡ đường bê tông liên thôn mới làm xong.',
    'feedback',
  ],
  [
    'xin phản ánh là ở tổ 3 có hộ nuôi lợn thải nước thải ra mương chung, mùi hôi không chịu nổi, đã báo thôn nhưng không ai giải quyết',
    'feedback',
  ],
  [
    'Kính gửi UBND phường. Trích thông báo của điện lực: "Tạm ngừng cấp điện từ 7h đến 17h ngày 20/3". Nhưng tháng này khu phố đã bị cắt 4 lần không báo trước, kính đề nghị phường kiến nghị với ngành điện.',
    'feedback',
  ],
  [
    'Đề nghị xem xét lắp camera an ninh tại ngã ba vào khu tái định cư, thời gian gần đây liên tục bị mất trộm xe máy.',
    'feedback',
  ],
  [
    'Tôi là chủ doanh nghiệp nhỏ, phản ánh việc đoàn kiểm tra đến cơ sở 3 lần trong 1 năm với cùng một nội dung, gây phiền hà cho hoạt động sản xuất.',
    'feedback',
  ],
  [
    'Kinh gui lanh dao tinh, diem truong mam non thon Ba xuong cap nghiem trong, tran bong troc, mua xuong la dot, kinh de nghi dau tu sua chua truoc nam hoc moi',
    'feedback',
  ],
  [
    'Cho tôi phản ánh việc phát gạo cứu trợ lũ lụt ở thôn không công bằng, có hộ không bị thiệt hại vẫn được nhận, hộ bị sập chuồng trại lại không có.',
    'feedback',
  ],
  [
    'Tôi xin báo: cột điện đầu ngõ 17 bị nghiêng sau trận gió tối qua, dây võng thấp sát đầu người đi đường, rất nguy hiểm.',
    'feedback',
  ],
  [
    'Xin kiến nghị tăng chuyến xe buýt tuyến 05 vào giờ tan tầm, hiện 45 phút mới có 1 chuyến, học sinh sinh viên chờ rất vất vả.',
    'feedback',
  ],
  [
    'Kính gửi UBND xã, tôi phản ánh tình trạng hút cát trái phép trên sông đoạn qua thôn Yên Lạc vào ban đêm, gây sạt lở bờ, mất đất sản xuất của bà con.',
    'feedback',
  ],
  [
    'phan anh: bien quang cao cua cua hang dien may che khuat bien bao giao thong o nga ba Ben Thuy, xe di qua rat de va cham',
    'feedback',
  ],
  [
    'Tôi là tổ trưởng dân phố, khu vực có 3 căn nhà bỏ hoang cỏ mọc um tùm, muỗi rất nhiều, lo sốt xuất huyết, đề nghị phường cho phun thuốc diệt muỗi.',
    'feedback',
  ],
  [
    'Xin góp ý và biểu dương: chị cán bộ quầy số 4 Trung tâm phục vụ hành chính công hướng dẫn tôi rất tận tình, kính đề nghị lãnh đạo ghi nhận.',
    'feedback',
  ],
  [
    'Sạt lở taluy dương trên tuyến đường lên bản Pù Nhi sau mưa lớn, đất đá tràn xuống mặt đường, xe không qua được, kính đề nghị xã khẩn trương khắc phục.',
    'feedback',
  ],
  [
    'Kính gửi bộ phận một cửa, tôi đã nộp hồ sơ đăng ký biến động đất đai, mã hồ sơ 000.00.21.H40-260114-0037, nay đã quá hẹn trả, xin hỏi hồ sơ đang ở khâu nào ạ',
    'dossier',
  ],
  ['Toi ten la Nguyen Thi Lan, xin hoi tinh trang ho so H40-260219-0088 nop ngay 19/2', 'dossier'],
  [
    'Tôi dán nguyên văn phiếu hẹn: "Mã hồ sơ: 000.00.07.H40-251230-0112. Ngày hẹn trả kết quả: 20/01/2026". Nay đã quá ngày hẹn, nhờ kiểm tra giúp.',
    'dossier',
  ],
  ['Xin kiểm tra tiến độ hồ sơ cấp giấy phép xây dựng của tôi, mã 000 00 15 H40 260105 0241', 'dossier'],
  ['Hồ sơ sổ đỏ của bố tôi nộp ở xã từ tháng 11 năm ngoái xong chưa ạ, chủ hồ sơ là ông Lê Văn Thành', 'dossier'],
  [
    'Tôi là cán bộ văn phòng công ty, cần tra kết quả hồ sơ đăng ký thay đổi địa chỉ trụ sở chính, mã hồ sơ H40-260302-0415.',
    'dossier',
  ],
  ['kiem tra giup toi ho so 000.00.30.H40-260127-0009 da co ket qua chua a', 'dossier'],
  [
    'Kính thưa, hồ sơ đề nghị hưởng chế độ thờ cúng liệt sĩ của gia đình tôi (mã 000.00.12.H40-251118-0560) đã được duyệt chưa ạ? Tôi là em ruột liệt sĩ, năm nay đã 84 tuổi.',
    'dossier',
  ],
  [
    'Phiếu tiếp nhận ghi "Số hồ sơ: H40.26.02.0199 - Thủ tục: Đăng ký khai sinh". Cho tôi hỏi giấy khai sinh đã có chưa để tôi lên nhận.',
    'dossier',
  ],
  ['Tra cứu hồ sơ 000.00.21.H40-260203-0876', 'dossier'],
  [
    'Chào, hồ sơ ghi chú ly hôn tôi nộp online hôm 25/2 đến giờ vẫn thấy "đang xử lý", có phải bị thiếu giấy tờ gì không ạ',
    'dossier',
  ],
  [
    'Tôi là giáo viên về hưu, hồ sơ cấp đổi giấy chứng nhận QSDĐ mã số 000.00.09.H40-251215-0033 nộp đã 2 tháng, xin cho biết đã chuyển sang cơ quan thuế chưa.',
    'dossier',
  ],
  [
    'Kính gửi. Con tôi có hồ sơ xin phiếu lý lịch tư pháp mã H40-260311-0057, đăng ký nhận qua bưu điện, nhờ kiểm tra xem kết quả đã gửi đi chưa.',
    'dossier',
  ],
  ['Ho so cua toi ma 000.00.21.H40-260120-1102 bao la can bo sung, cho hoi bo sung cai gi vay a', 'dossier'],
  ['Xin hỏi hồ sơ đăng ký hộ kinh doanh tên Quán Cơm Bà Tư của tôi nộp ngày 3/3 đã có giấy chứng nhận chưa', 'dossier'],
  [
    'Kính gửi Trung tâm phục vụ hành chính công tỉnh. Đơn vị chúng tôi nộp hồ sơ cấp phép khai thác nước dưới đất số 000.00.01.H40-251201-0015 ngày 01/12/2025, đề nghị cho biết tình trạng xử lý.',
    'dossier',
  ],
  ['ma ho so 0000021H40 260216 0044 cua toi toi dau roi', 'dossier'],
  [
    'Tôi là cựu chiến binh, có nộp hồ sơ đề nghị hưởng trợ cấp chất độc hóa học mã 000.00.12.H40-250930-0208, đã hơn 5 tháng, mong được biết kết quả.',
    'dossier',
  ],
  [
    'Hồ sơ tách thửa nộp ở chi nhánh văn phòng đăng ký đất đai hôm 10/1 đến nay chưa thấy gọi, cho hỏi hồ sơ đang nằm ở đâu. Người nộp Trịnh Văn Quý.',
    'dossier',
  ],
  ['Dạ kiểm tra giúp cháu hồ sơ H40-260224-0301 với ạ, bà ngoại cháu nộp mà không biết cách xem', 'dossier'],
  [
    'Kính gửi UBND, đề nghị cho biết kết quả giải quyết hồ sơ chuyển mục đích sử dụng đất của hộ ông Phan Văn Tứ, thôn Trung Hòa, nộp tháng 12/2025.',
    'dossier',
  ],
  [
    'Hồ sơ giấy phép xây dựng số 000.00.15.H40-260108-0099 có phải nộp thêm gì không, bao giờ thì có giấy phép',
    'dossier',
  ],
  [
    '"BIÊN NHẬN HỒ SƠ - Mã: 000.00.25.H40-260226-0150 - Người nộp: Đinh Thị Thu". Xin hỏi hồ sơ này đã giải quyết xong chưa?',
    'dossier',
  ],
  [
    'I submitted an application for a temporary residence card, code H40-260205-0012. Could you check its status please?',
    'dossier',
  ],
  [
    'Hồ sơ trợ cấp người khuyết tật của con tôi nộp ở xã từ tháng 1 đến nay đã được duyệt chưa ạ, tên con là Võ Văn Khang.',
    'dossier',
  ],
  [
    'Kính gửi, Công ty TNHH Hưng Thịnh có hồ sơ mã 000.00.04.H40-260115-0333 đề nghị cấp giấy chứng nhận đủ điều kiện ATTP, xin cho biết tiến độ thẩm định.',
    'dossier',
  ],
  ['ho so khai tu cho ong noi toi nop sang nay xong chua vay, ma la 000.00.30.H40-260318-0021', 'dossier'],
  [
    'Kính đề nghị kiểm tra trạng thái hồ sơ H40-251229-0678 (đăng ký thế chấp quyền sử dụng đất), ngân hàng đang chờ kết quả để giải ngân.',
    'dossier',
  ],
  ['Kính gửi UBND tỉnh, cho tôi hỏi giá vàng SJC hôm nay bao nhiêu một lượng ạ', 'none'],
  [
    'Tôi là cán bộ hưu trí, xin hỏi lương hưu tháng này đã được điều chỉnh tăng chưa, bao giờ bưu điện chi trả?',
    'none',
  ],
  ['Kinh gui quy co quan, hoa don tien dien thang 2 nha toi tang gap doi thang truoc, kiem tra giup toi voi', 'none'],
  ['Xin hỏi xe tôi biển số 37A-123.45 có bị phạt nguội không, tra giúp tôi mức phạt', 'none'],
  ['Tôi là giáo viên, nhờ ad cho hỏi đề thi tuyển sinh lớp 10 năm nay môn Văn có phần nghị luận xã hội không', 'none'],
  ['Kính gửi, tôi có mảnh đất 200m2 mặt tiền tỉnh lộ cần bán gấp, ai có nhu cầu liên hệ 0915 882 146', 'none'],
  ['Ad cho hỏi tối nay đội tuyển Việt Nam đá với Thái Lan lúc mấy giờ, kênh nào chiếu', 'none'],
  [
    'Em trai tôi vay tôi 200 triệu có giấy viết tay nhưng không trả, tôi kiện ra tòa được không, án phí hết bao nhiêu',
    'none',
  ],
  ['Kinh gui, xin hoi lai suat tiet kiem ky han 12 thang o Agribank hien nay la bao nhieu', 'none'],
  ['Xin hỏi trung ương đã có quyết định nhân sự chủ tịch tỉnh mới chưa, ai sẽ về làm?', 'none'],
  ['Cho vay tín chấp lãi suất thấp, giải ngân trong ngày, không thẩm định, không thế chấp. LH 0868 123 456', 'none'],
  ['Tôi cần tìm người giúp việc chăm sóc mẹ già 85 tuổi, quý cơ quan có biết ai giới thiệu giúp với', 'none'],
  ['Tôi là cựu chiến binh, xin hỏi có thuốc nào chữa đau khớp gối hiệu quả cho người già không', 'none'],
  [
    'Cho tôi hỏi tiền nước tháng này sao chưa thấy công ty cấp nước gửi hóa đơn, tôi muốn thanh toán qua app ngân hàng',
    'none',
  ],
  [
    'Bài thơ tặng quê hương: "Quê ta đẹp lắm ai ơi, sông xanh núi biếc đất trời bao la...". Kính mong ad đăng lên trang của tỉnh',
    'none',
  ],
  ['Tiết Thanh minh năm nay trời có mưa không ad, để gia đình tôi tính ngày đi tảo mộ', 'none'],
  ['ad oi bot co nguoi yeu chua =))', 'none'],
  ['Tôi xin hỏi điểm chuẩn Đại học Vinh ngành sư phạm Toán năm ngoái là bao nhiêu', 'none'],
  ["Is there any good vegetarian restaurant near the city center? I'm a tourist here.", 'none'],
  ['Kính gửi, tôi muốn đặt mua 50 cuốn lịch treo tường năm 2026 có in hình trụ sở UBND tỉnh, giá bao nhiêu', 'none'],
  ['Xin hỏi tỷ giá đô la Úc hôm nay để tôi ra ngân hàng đổi tiền con gửi về', 'none'],
  ['Cho hỏi vé tàu Tết tuyến Vinh - Hà Nội đã mở bán chưa, mua ở đâu', 'none'],
  [
    'Kính gửi, tôi đã nộp nhiều hồ sơ trên cổng dịch vụ công nhưng quên hết mã, nhờ liệt kê giúp tôi các hồ sơ đã nộp.',
    'my_dossiers',
  ],
  [
    'Toi la nguoi cao tuoi khong nho ma ho so, xem giup toi tat ca ho so toi da nop theo so dien thoai nay',
    'my_dossiers',
  ],
  ['Cho tôi xem danh sách các hồ sơ của tôi đang được giải quyết', 'my_dossiers'],
  [
    'Tôi là kế toán, muốn rà soát toàn bộ hồ sơ tôi đã đứng tên nộp trong năm nay, có tra theo số điện thoại Zalo được không',
    'my_dossiers',
  ],
  ['Tôi làm mất phiếu hẹn rồi, không nhớ mã hồ sơ, làm sao xem lại được những hồ sơ mình đã nộp ạ', 'my_dossiers'],
  [
    'Kính nhờ quý cơ quan cho xem lại các thủ tục tôi đã nộp từ đầu năm đến nay, số Zalo của tôi là 0983 215 447',
    'my_dossiers',
  ],
  ['Mình nộp mấy bộ hồ sơ đất đai với khai sinh cho con, giờ muốn xem hết một lượt tình trạng tất cả', 'my_dossiers'],
  ['Could you show me all the applications I have submitted? I forgot the codes.', 'my_dossiers'],
  [
    'Kính đề nghị khi hồ sơ 000.00.21.H40-260114-0037 có kết quả thì nhắn tin báo cho tôi qua Zalo này.',
    'dossier_follow',
  ],
  ['Toi o xa khong tien theo doi, nho bao giup khi ho so H40-260219-0088 thay doi trang thai', 'dossier_follow'],
  [
    'Tôi là cựu chiến binh mắt kém, nhờ hệ thống tự động báo cho tôi khi hồ sơ trợ cấp mã 000.00.12.H40-250930-0208 được duyệt.',
    'dossier_follow',
  ],
  ['Đăng ký theo dõi hồ sơ 000 00 07 H40 260301 0018', 'dossier_follow'],
  ['Cho tôi nhận thông báo mỗi khi hồ sơ cấp phép xây dựng H40-260108-0099 có cập nhật mới ạ', 'dossier_follow'],
  [
    'Kính gửi, công ty chúng tôi đề nghị được nhận thông báo tự động về tiến độ hồ sơ 000.00.04.H40-260115-0333 để chủ động chuẩn bị.',
    'dossier_follow',
  ],
  ['Please notify me when my application H40-260205-0012 is approved.', 'dossier_follow'],
  ['Hồ sơ 000.00.21.H40-260114-0037 tôi đã nhận kết quả rồi, đề nghị dừng gửi thông báo.', 'dossier_unfollow'],
  ['Thoi khong can bao tin ho so H40-260219-0088 nua dau a', 'dossier_unfollow'],
  ['Hủy theo dõi hồ sơ 000.00.30.H40-260127-0009', 'dossier_unfollow'],
  ['Tôi không muốn nhận tin cập nhật về hồ sơ tách thửa nữa, xin bỏ theo dõi giúp.', 'dossier_unfollow'],
  [
    'Kính gửi, đề nghị ngừng gửi thông báo trạng thái hồ sơ H40-251229-0678 vì ngân hàng đã giải ngân xong.',
    'dossier_unfollow',
  ],
  ['Stop the status alerts for dossier 000.00.07.H40-251230-0112, thank you.', 'dossier_unfollow'],
  ['Tôi đang theo dõi những hồ sơ nào, cho tôi xem danh sách.', 'follows'],
  ['Kinh gui, cho toi hoi hien tai toi dang dang ky nhan thong bao cho nhung ho so nao', 'follows'],
  ['Xem các hồ sơ tôi đã đăng ký nhận báo tin', 'follows'],
  ['Tôi nhớ đã bấm theo dõi mấy hồ sơ cho cả nhà, giờ muốn kiểm tra lại những hồ sơ nào đang được báo tin.', 'follows'],
  ['Which dossiers am I following right now?', 'follows'],
  [
    'Kính gửi, tôi là cán bộ kế toán, nhờ tra cứu thông tin doanh nghiệp có mã số thuế 0315577204: tên, địa chỉ, tình trạng hoạt động.',
    'business',
  ],
  ['Tra MST 0108765432-002 giúp tôi, xem chi nhánh này còn hoạt động không', 'business'],
  [
    'Tôi chuẩn bị ký hợp đồng với công ty có mã số thuế 2901234567, xin cho biết người đại diện theo pháp luật là ai.',
    'business',
  ],
  ['kiem tra giup ma so thue 2900876543 la cong ty gi, dia chi o dau', 'business'],
  [
    'Trích hóa đơn GTGT nhận được: "Đơn vị bán hàng: ... Mã số thuế: 2902345178". Nhờ xác minh doanh nghiệp này còn hoạt động hay đã giải thể.',
    'business',
  ],
  ['Tôi là cán bộ xã, cần xác minh hộ kinh doanh mã số thuế 8012345678 đăng ký ở địa chỉ nào.', 'business'],
  ['Cho tôi hỏi công ty MST 0401987654 tên đầy đủ là gì, tôi cần ghi vào giấy mời hội nghị', 'business'],
  ['Please look up company tax code 2901122334, I need the registered address.', 'business'],
  [
    'Kính nhờ tra thông tin mã số thuế 2900543219-001 (đơn vị phụ thuộc), hiện đang hoạt động hay tạm ngừng?',
    'business',
  ],
  [
    'Kính gửi, tôi đã gửi phản ánh số PA-2026-000417 về ổ gà đường Lê Lợi từ ngày 5/3, xin hỏi đã được xử lý đến đâu.',
    'feedback_ticket',
  ],
  ['tra cuu phan anh pa-zl-2026-001205', 'feedback_ticket'],
  ['Phản ánh số 452 của tôi về tiếng ồn quán karaoke đã có trả lời chưa ạ', 'feedback_ticket'],
  ['Tôi là tổ trưởng tổ dân phố, kiểm tra giúp tình trạng kiến nghị mã PA-2026-000932.', 'feedback_ticket'],
  [
    'Trích tin nhắn hệ thống: "Phản ánh của bạn đã được tiếp nhận, mã PA-2026-001077". Đã 10 ngày chưa thấy kết quả, xin cho biết tiến độ.',
    'feedback_ticket',
  ],
  ['Kinh gui UBND, phan anh PA-2025-004318 ve bai rac ven muong da chuyen cho xa xu ly chua', 'feedback_ticket'],
  [
    'Kiến nghị số PA-ZL-2026-000088 về đèn đường trước trường học, đề nghị cho biết cơ quan nào đang giải quyết.',
    'feedback_ticket',
  ],
  ['What is the status of my report PA-2026-000561?', 'feedback_ticket'],
  ['Cho hỏi phản ánh mã 2026-000240 về đổ trộm rác thải công nghiệp đã được xác minh chưa', 'feedback_ticket'],
  ['Cho tôi xem tất cả các phản ánh tôi đã gửi và tình trạng xử lý.', 'my_feedback'],
  ['Toi da gui may phan anh ve moi truong o xom, gio muon xem lai het mot luot', 'my_feedback'],
  ['Kính đề nghị cung cấp danh sách các kiến nghị mà tôi đã gửi qua Zalo từ đầu năm đến nay.', 'my_feedback'],
  [
    'Tôi là tổ trưởng, đã gửi nhiều phản ánh thay bà con nhưng không nhớ số, xem giúp danh sách phản ánh của tôi',
    'my_feedback',
  ],
  ['Tôi muốn biết những góp ý tôi gửi lên tỉnh trước đây cái nào đã được trả lời, cái nào chưa', 'my_feedback'],
  ['Show me all my feedback reports please', 'my_feedback'],
  [
    'Kính gửi, tôi là giáo viên, muốn đăng ký nhận các thông báo về lĩnh vực giáo dục của tỉnh qua Zalo.',
    'subscriptions',
  ],
  ['Toi la nguoi nuoi trong thuy san ven bien, dang ky nhan tin canh bao thoi tiet, bao lu giup toi', 'subscriptions'],
  ['Đăng ký nhận thông báo của xã Diễn Châu ạ', 'subscriptions'],
  ['Tôi là cán bộ y tế thôn, xin đăng ký nhận tin về y tế, phòng chống dịch bệnh của tỉnh.', 'subscriptions'],
  ['Tôi muốn chọn thêm chủ đề thiên tai và giáo dục để nhận thông báo', 'subscriptions'],
  ["I'd like to subscribe to disaster and weather alerts from the province.", 'subscriptions'],
  ['Đề nghị ngừng gửi các bản tin thông báo cho tôi, tôi không có nhu cầu nhận nữa.', 'unsubscribe'],
  ['Toi khong muon nhan tin thong bao ve giao duc nua, huy giup', 'unsubscribe'],
  ['Kính gửi, tôi đã nghỉ hưu, xin bỏ đăng ký chủ đề y tế, không nhận thông báo chủ đề này nữa.', 'unsubscribe'],
  ['Nhiều tin quá, tôi muốn tắt hết thông báo của tỉnh', 'unsubscribe'],
  ['Kính gửi, tôi muốn được trao đổi trực tiếp với cán bộ phụ trách, không muốn nói chuyện với máy.', 'handoff'],
  ['Toi la nguoi gia khong ranh may moc, cho toi gap can bo that de hoi', 'handoff'],
  ['Cho tôi nói chuyện với chuyên viên', 'handoff'],
  ['Vụ việc của tôi phức tạp, đề nghị chuyển ngay cho cán bộ trả lời trực tiếp, tôi đang cần gấp.', 'handoff'],
  ['gặp người thật đi ad, bot trả lời không đúng ý', 'handoff'],
  ['Can I talk to a human staff member please?', 'handoff'],
  ['Kính gửi, xin cho biết số điện thoại đường dây nóng của UBND tỉnh.', 'help'],
  ['Trung tâm phục vụ hành chính công tỉnh địa chỉ ở đâu, làm việc mấy giờ, thứ 7 có làm không ạ', 'help'],
  ['Toi la nguoi moi dung Zalo, huong dan toi cach su dung dich vu nay voi', 'help'],
  ['Xin hỏi email và số điện thoại liên hệ của bộ phận tiếp nhận phản ánh kiến nghị', 'help'],
  ['Giờ làm việc bộ phận một cửa buổi chiều bắt đầu từ mấy giờ ạ', 'help'],
  [
    'Tôi là cán bộ xã mới nhận nhiệm vụ, cần số hotline hỗ trợ kỹ thuật của hệ thống dịch vụ công để liên hệ khi cần.',
    'help',
  ],
  ['How do I use this service? Is there a hotline in English?', 'help'],
  ['Cho xem menu', 'menu'],
  ['Kính gửi, xin hiển thị danh sách các chức năng của trang này.', 'menu'],
  ['Tro ve menu chinh', 'menu'],
  ['Bot làm được những việc gì, liệt kê giúp tôi', 'menu'],
  ['Kính chào UBND tỉnh', 'welcome'],
  ['Xin chào quý cơ quan, chúc các cán bộ một ngày làm việc tốt lành.', 'welcome'],
  ['Tôi xin kính chào ạ', 'welcome'],
  ['Đề nghị chuyển sang tiếng Anh để người nhà tôi (quốc tịch Mỹ) đọc được.', 'language'],
  ['Chuyen ve tieng Viet giup toi, dang hien tieng Anh', 'language'],
  ["Do you speak English? I don't read Vietnamese.", 'language'],
  ['Xin đổi ngôn ngữ hiển thị sang tiếng Việt.', 'language'],
  [
    'Căn cứ Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, tôi đề nghị được biết dịch vụ này đang lưu trữ những dữ liệu cá nhân nào của tôi.',
    'my_data',
  ],
  ['Toi muon xem cac thong tin ca nhan cua toi ma he thong dang luu', 'my_data'],
  [
    'Kính gửi, các anh chị đang giữ số điện thoại, họ tên, địa chỉ gì của tôi? Tôi cần biết để bảo đảm quyền riêng tư.',
    'my_data',
  ],
  ['Hệ thống lấy những dữ liệu gì của tôi khi tôi nhắn tin qua Zalo?', 'my_data'],
  [
    'Tôi là giáo viên tin học, muốn kiểm tra dữ liệu cá nhân mà Zalo OA này thu thập về tôi theo quy định bảo vệ dữ liệu.',
    'my_data',
  ],
  ['Căn cứ Luật 91/2025/QH15, tôi yêu cầu xóa toàn bộ dữ liệu cá nhân của tôi trên dịch vụ này.', 'erase_my_data'],
  [
    'Kính gửi, tôi không dùng dịch vụ nữa, đề nghị xóa số điện thoại và mọi thông tin của tôi khỏi hệ thống.',
    'erase_my_data',
  ],
  ['Tôi rút lại sự đồng ý xử lý dữ liệu cá nhân, đề nghị xóa dữ liệu của tôi.', 'erase_my_data'],
  [
    'Kinhs gui UBND xa, toi la can bo huu tri o xom 6, duong lien xom vua lam xong 3 thang da bong troc, nut ne nhieu doan, de nghi kiem tra chat luong thi cong va yeu cau nha thau sua chua',
    'feedback',
  ],
];

// Tuning 56 (217 messages, written blind on 2026-12-05 from the list of labels only, to be learnt from, not to
// study: a day's inbox in random order, with out-of-scope messages close to a service).
const batch56Tune: [string, string][] = [
  ['hồ sơ xin giấy phép lao động cho người nước ngoài gồm những gì, nộp ở sở nào', 'procedure'],
  ['gap nguoi that dc ko', 'handoff'],
  ['PA 2026 000532 tinh trang', 'feedback_ticket'],
  ['mã hs 000 00 07 H40 251230 0112 sao trễ hạn vậy, giấy hẹn ghi 15/1 mà nay 28/1 rồi', 'dossier'],
  ['lò mổ heo lậu trong xóm 2h sáng là heo kêu, nước thải đổ ra mương, đề nghị kiểm tra', 'feedback'],
  [
    'thủ tục thay đổi người đại diện theo pháp luật của công ty TNHH nộp ở đâu, làm online được ko, em là kế toán',
    'procedure',
  ],
  ['Tuyển cộng tác viên chốt đơn online tại nhà, thu nhập 500k/ngày, ib ngay', 'none'],
  ['Hồ sơ xin giấy phép kinh doanh karaoke của quán tôi nộp ở Sở Văn hóa 3 tuần rồi, giờ đến đâu rồi', 'dossier'],
  ['xin giay phep xay dung nha o 3 tang can ho so gi, le phi bao nhieu', 'procedure'],
  ['Tôi phản ánh cán bộ địa chính xã Thanh Liên gây khó dễ, nói phải "bồi dưỡng" thì mới ký hồ sơ cho', 'feedback'],
  ['khi nao hs H40-260225-0198 xong thi nhan tin zalo cho e biet voi, e o xa ko len huyen dc', 'dossier_follow'],
  [
    'Dây điện, dây cáp viễn thông chằng chịt võng sát đầu người ở ngõ 12 đường Phan Đình Phùng, sợ chập cháy, đề nghị các đơn vị thu gọn',
    'feedback',
  ],
  [
    'Em đang cần gấp kết quả hồ sơ chuyển mục đích sử dụng đất để làm thủ tục vay ngân hàng, mã H40-260126-0317, tra giúp em đang ở bước nào với',
    'dossier',
  ],
  ['h40 260218 0301 xong chua a', 'dossier'],
  ['Cầu tràn bản Huồi Tố bị lũ cuốn mất một đoạn, học sinh phải lội qua suối đi học, rất nguy hiểm', 'feedback'],
  ['hồ sơ khai sinh cho bé mã 000.09.44.H40-260310-0017 có gì mới thì nhắn em liền nha', 'dossier_follow'],
  ['Làm trích lục khai tử cho bà nội thì mang theo gì, ở xã hay huyện', 'procedure'],
  [
    'nhà máy gạch ở cụm công nghiệp xả khói đen suốt đêm, dân xóm 7 ho sặc sụa, trẻ con viêm phổi nhiều, đề nghị kiểm tra',
    'feedback',
  ],
  ['Giá đất khu quy hoạch ven sông Lam bây giờ bao nhiêu 1m2, có nên xuống tiền không', 'none'],
  ['xin giấy phép bán lẻ rượu cần điều kiện gì', 'procedure'],
  [
    'Công ty có mã số thuế 0108765432-002 còn hoạt động không vậy, họ nợ tiền hàng tôi mà giờ gọi không ai nghe',
    'business',
  ],
  ['Theo dõi hồ sơ 000.00.17.H40-260212-0233 giúp tôi, có thay đổi gì thì báo', 'dossier_follow'],
  [
    'Nước giếng khoan khu tôi có màu vàng, mùi tanh từ khi trại heo gần đó hoạt động, mong cơ quan chức năng về lấy mẫu kiểm tra',
    'feedback',
  ],
  ['how does this service work?', 'help'],
  ['cho hỏi tách thửa đất nông nghiệp diện tích tối thiểu bao nhiêu và thủ tục thế nào', 'procedure'],
  ['thủ tục xin trợ cấp hàng tháng cho người khuyết tật nặng', 'procedure'],
  ['mấy cái hồ sơ mà tôi bấm theo dõi hôm trước là những cái nào vậy', 'follows'],
  ['chuyển khoản nhầm 5 triệu vào tài khoản người lạ thì làm sao lấy lại', 'none'],
  ['tra cuwus ho so 000.05.21.H40-260131-0014 giups mk', 'dossier'],
  ['xoa thong tin cua toi di', 'erase_my_data'],
  ['Tôi chuyển địa điểm hộ kinh doanh từ huyện này sang huyện khác thì phải làm thủ tục gì', 'procedure'],
  ['bé nhà em mới sanh, làm giấy khai sanh cần mấy giấy tờ gì vậy chị', 'procedure'],
  ['rác ở chợ Vinh ko ai dọn 3 ngày nay, bốc mùi kinh khủng, ruồi bu đầy', 'feedback'],
  ['điểm thi vào lớp 10 của con em bao giờ có ạ, tra ở đâu', 'none'],
  ['ĐĂNG KÝ GIÁM HỘ CHO CHÁU MỒ CÔI THÌ THỦ TỤC RA SAO', 'procedure'],
  ['kiểm tra thông tin doanh nghiệp MST 2901234567', 'business'],
  ['nạp thẻ cho số 0978 221 540 bị trừ tiền mà không vào tài khoản, xử lý giúp', 'none'],
  ['ad ơi có người trực không hay toàn máy trả lời vậy, cho gặp người', 'handoff'],
  ['Nhà mình ở quê, giấy khai sinh bản chính bị rách nát rồi, xin cấp bản sao trích lục ở đâu vậy', 'procedure'],
  ['Theo Luật bảo vệ dữ liệu cá nhân tôi có quyền biết các bạn lưu gì về tôi, cung cấp giúp', 'my_data'],
  ['thôi đừng báo về hồ sơ 000.00.21.H40-260301-0415 nữa', 'dossier_unfollow'],
  ['Hôm trước e có báo vụ karaoke ồn, được cấp mã pa-zl-2026-000744, giờ xử lý chưa ạ', 'feedback_ticket'],
  ['đổi bằng lái xe hết hạn làm ở đâu, online được không', 'procedure'],
  ['Biển số 29A-567.89 là xe của ai vậy, nó đâm xe tôi rồi chạy', 'none'],
  [
    'Hộ tôi thuộc diện hộ nghèo mà năm nay bị đưa ra khỏi danh sách không rõ lý do, trong khi nhà có ô tô thì lại được, đề nghị xem xét lại việc bình xét',
    'feedback',
  ],
  ['cho xin so dien thoai lien he cua so tu phap', 'help'],
  ['làm thẻ bhyt cho bé dưới 6 tuổi thì làm chung với khai sinh được không hay phải đi riêng', 'procedure'],
  ['cho e xem tat ca ho so cua e voi, e nop may cai ma ko nho het', 'my_dossiers'],
  ['kiến nghị mã PA-2026-000876 đã được chuyển về xã chưa', 'feedback_ticket'],
  ['check dossier 000.00.21.H40-260120-0093 pls', 'dossier'],
  ['tắt hết thông báo của tỉnh cho tôi', 'unsubscribe'],
  ['xaay tường rào có cần xin pheps ko ạ, nhà e ở xã thôi', 'procedure'],
  ['dang ky lai khai sinh cho nguoi lon tuoi (ba tui 60 tuoi chua bao gio co giay khai sinh) lam sao', 'procedure'],
  ['thủ tục hưởng trợ cấp mai táng phí khi người có công với cách mạng qua đời', 'procedure'],
  ['Thủ tục nhận con riêng của vợ làm con nuôi cần giấy tờ gì', 'procedure'],
  ['den duong tren duong Le Hong Phong doan gan cau Bara hong ca tuan roi, toi om, de nghi sua', 'feedback'],
  [
    'Chó thả rông trong khu dân cư cắn 2 đứa trẻ rồi mà chủ nhà không xích, xóm đã báo tổ trưởng nhưng không ai xử lý',
    'feedback',
  ],
  ['thủ tục đăng ký kết hôn với người nước ngoài ở tỉnh mình làm ở đâu, mất bao lâu', 'procedure'],
  [
    'Tôi là kế toán, công ty nộp mấy bộ hồ sơ qua cổng dịch vụ công bằng số điện thoại zalo này, giờ muốn xem lại toàn bộ',
    'my_dossiers',
  ],
  ['Có người đổ trộm xà bần ra ven đê sông Lam đoạn xã Hưng Lợi, đống to lắm rồi', 'feedback'],
  ['tối nay Việt Nam đá với Thái Lan mấy giờ ad', 'none'],
  ['Nhà tôi mua lại miếng đất đã có sổ, giờ sang tên thì phải nộp thuế phí gì, bao nhiêu phần trăm', 'procedure'],
  ['Nhà bên cạnh hát karaoke đến 1h sáng đêm nào cũng vậy, con tôi mai đi thi, đề nghị chính quyền xử lý', 'feedback'],
  ['my application code is H40-260227-0009 (work permit), is it approved yet?', 'dossier'],
  ['e vừa bị móc túi mất hết giấy tờ cccd bằng lái, chán quá, giờ làm lại cccd thì cần gì ạ', 'procedure'],
  ['tôi bị phạt nguội thì nộp tiền phạt qua đây được không ad', 'none'],
  [
    'Ban đêm có thuyền hút cát trái phép trên sông đoạn qua xã Nam Cát, bờ sông sạt lở vào vườn nhà dân rồi',
    'feedback',
  ],
  [
    'hồ sơ xin cấp giấy chứng nhận quyền sử dụng đất lần đầu của bố em ở xã Nghi Phong đến đâu rồi ạ, bố em tên Trần Văn Tư, nộp hồi tháng 10',
    'dossier',
  ],
  [
    'Đường liên xã đoạn qua xóm 4 xã Hưng Đông có ổ gà to như cái nia, tối qua có người đi xe máy ngã, đề nghị sửa gấp',
    'feedback',
  ],
  ['ket qua ho so 000.00.21 H40 260211 0066 the nao roi', 'dossier'],
  ['Quy trình xin cấp phép khai thác nước dưới đất cho trang trại chăn nuôi', 'procedure'],
  ['nghe nói năm nay lương giáo viên tăng, tăng bao nhiêu vậy ad', 'none'],
  ['Thu tuc giai the doanh nghiep, cty em ngung hoat dong 2 nam roi thi lam the nao', 'procedure'],
  [
    'Công trình xây dựng trên đường Trường Thi không che chắn, bụi mù mịt, xe chở vật liệu làm rơi đất cát khắp đường',
    'feedback',
  ],
  ["I lost all my receipts, can I see every application I've submitted?", 'my_dossiers'],
  [
    'bãi rác xã Nghi Yên mùi thối bay cả cây số, nước rỉ rác chảy xuống ruộng lúa, xin tỉnh giải quyết dứt điểm',
    'feedback',
  ],
  [
    'Tôi định thuê xây nhà, nhà thầu đưa mã số thuế 2901567890, kiểm tra giúp xem có đúng là doanh nghiệp thật không',
    'business',
  ],
  ['mst 3001122334 nay la cty gi vay', 'business'],
  [
    'Kênh mương nội đồng xã Quỳnh Lương bị bồi lấp, nước không về được ruộng, lúa đang trổ mà khô hết, xin hỗ trợ nạo vét',
    'feedback',
  ],
  ['thu tuc cap giay chung nhan co so du dieu kien an toan thuc pham cho quan an nho', 'procedure'],
  ['Chọn chủ đề nhận tin: giáo dục, y tế', 'subscriptions'],
  ['đk thường trú cho con mới sinh thì làm sao, có cần về tận công an huyện ko', 'procedure'],
  ['BÁN ĐẤT NỀN VEN BIỂN CỬA LÒ GIÁ CHỈ 9TR/M2, SỔ HỒNG RIÊNG, LH 0912 347 865', 'none'],
  ['đăng ký nhận thông báo tình trạng hồ sơ cấp GPXD mã 000.00.14.H40-260219-0126', 'dossier_follow'],
  ['cho tôi hỏi làm cái giấy xác nhận cư trú thì lên công an xã hay lên ủy ban vậy mang theo những gì', 'procedure'],
  ['switch language to Vietnamese', 'language'],
  ['Xin hỏi thủ tục đề nghị hỗ trợ nhà ở cho hộ nghèo gồm những giấy tờ gì', 'procedure'],
  ['tôi quên mã hồ sơ rồi, xem giúp tôi các hồ sơ đã nộp', 'my_dossiers'],
  ['mất giấy hẹn ko nhớ mã, có cách nào xem danh sách hs của mình theo sđt không', 'my_dossiers'],
  ['tra giúp mã số thuế cá nhân của tôi, cccd 040188003217', 'none'],
  ['Xem danh sách hồ sơ tôi đã đăng ký nhận thông báo', 'follows'],
  [
    'Đoạn quốc lộ 46 qua thị trấn Nam Đàn bị lún thành rãnh sâu, xe tải qua lại rất nguy hiểm, đề nghị sửa chữa',
    'feedback',
  ],
  ['cây xà cừ to trước số nhà 45 Nguyễn Trãi mục gốc nghiêng ra đường, mưa bão sắp tới sợ đổ đè người', 'feedback'],
  [
    'THÔNG BÁO: Thôn 3 thu mỗi hộ 500.000đ tiền làm đường bê tông, hộ nào không nộp sẽ không được xác nhận giấy tờ. -- Đây là thông báo thôn dán ở nhà văn hóa, như vậy có đúng không, đề nghị tỉnh kiểm tra việc thu tiền này',
    'feedback',
  ],
  ['chứng thực bản sao có làm ở xã được không, phí bao nhiêu 1 trang', 'procedure'],
  ['mở danh sách chức năng', 'menu'],
  ['nhận bản tin của tỉnh qua zalo làm sao, tôi muốn đăng ký', 'subscriptions'],
  ['hs đk kết hôn của 2 đứa e nộp tuần trc, bao giờ lấy đc kết quả ạ', 'dossier'],
  ['cho hỏi đăng ký khai sinh cho con ngoài giá thú mà bố muốn nhận con luôn thì làm thế nào', 'procedure'],
  ['Đối tác gửi hóa đơn có mst 2900876543-001, kế toán bên em muốn xác minh tên và địa chỉ chi nhánh này', 'business'],
  ['Tôi đi làm CCCD ở công an huyện, cán bộ quát nạt người già, thái độ rất tệ, đề nghị chấn chỉnh', 'feedback'],
  ['giờ làm việc buổi chiều của UBND tỉnh từ mấy giờ', 'help'],
  ['Tôi lớn tuổi không rành điện thoại, hướng dẫn tôi cách dùng dịch vụ này', 'help'],
  ['Dịch vụ đang lưu những thông tin cá nhân nào của tôi', 'my_data'],
  ['what papers do i need to open a small cafe as a foreigner in this province', 'procedure'],
  ['mua hộ tôi 2 vé tàu Tết về Vinh được không', 'none'],
  [
    'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ - Mã hồ sơ: 000.12.30.H40-260203-0451 - Người nộp: Nguyễn Thị Hoa - Thủ tục: Đăng ký biến động đất đai - Ngày hẹn trả: 24/02/2026 ..... ktra giup e voi a',
    'dossier',
  ],
  ['Tôi đã gửi mấy phản ánh về đường và rác, muốn xem tất cả đã được trả lời chưa', 'my_feedback'],
  ['xem giúp tôi đã đóng BHXH được bao nhiêu năm, số sổ 4012345678', 'none'],
  ['nho ad bao tin cho minh khi ho so dat dai cua minh duoc ky, ma H40-260208-0560', 'dossier_follow'],
  ['tôi quên số phản ánh, liệt kê lại hết giúp', 'my_feedback'],
  ['Hộ kinh doanh có mã số thuế 8012345678 của quán ăn đầu ngõ có đăng ký thật không ạ', 'business'],
  ['Trạm y tế xã Châu Hạnh đóng cửa giờ hành chính, người bệnh đến không có ai, đề nghị kiểm tra', 'feedback'],
  ['ngung nhan ban tin thoi tiet', 'unsubscribe'],
  ['Vợ tôi ngoại tình, giờ ly hôn thì tôi có giành được quyền nuôi hai đứa con không', 'none'],
  ['đèn tín hiệu giao thông ngã tư Quang Trung - Nguyễn Du chỉ chạy đèn vàng mấy hôm nay, suýt tông nhau', 'feedback'],
  ['viết giúp em bài văn tả mẹ lớp 5 với', 'none'],
  ['ALO HỒ SƠ 000.00.21.H40-260204-0188 CỦA TÔI ĐÃ XONG CHƯA, TÔI ĐI LÀM XA KHÔNG VỀ LẤY ĐƯỢC NHIỀU LẦN', 'dossier'],
  ['bố tôi mất không để lại di chúc, giờ anh em muốn khai nhận di sản là mảnh đất thì làm thủ tục gì', 'procedure'],
  ['Ai là người đại diện pháp luật của cty mst 2902 345 678 ạ', 'business'],
  ['Tôi muốn xin giấy xác nhận tình trạng hôn nhân để làm hồ sơ mua nhà, cần mang gì', 'procedure'],
  ['răng hồ sơ tui nộp cả tháng rồi mà chưa có, mã H40-251215-0740, hắn đang nằm ở mô rứa', 'dossier'],
  [
    'Cho mình hỏi hồ sơ chứng thực di chúc mình gửi bữa trước đã có kết quả chưa, mã số trên phiếu là 000.30.21.H40-260209-0072',
    'dossier',
  ],
  ['tra cuu phan anh so 452', 'feedback_ticket'],
  [
    'Tôi không muốn ngày nào cũng phải vào hỏi, có chế độ tự báo khi hồ sơ 000 00 21 H40 260222 0381 xong không',
    'dossier_follow',
  ],
  [
    'Cty cấp nước cắt nước 3 ngày không thông báo trước, cả phường không có nước sinh hoạt, đề nghị tỉnh can thiệp',
    'feedback',
  ],
  ['cho con đất thì đăng ký biến động như nào ạ, tặng cho giữa cha mẹ và con có mất thuế không', 'procedure'],
  ['Bộ phận một cửa mở cửa mấy giờ, thứ 7 có làm không', 'help'],
  ['minh nop 3 4 bo ho so roi gio ko biet cai nao xong cai nao chua, xem het giup minh', 'my_dossiers'],
  ['tra điểm thi tốt nghiệp THPT năm ngoái của em', 'none'],
  ['Can you recommend a good hotel near Cua Lo beach for this weekend?', 'none'],
  ['How do I register a marriage with a Vietnamese citizen here? What documents does a foreigner need?', 'procedure'],
  ['bo nhan tin chu de giao duc, con e ra truong roi', 'unsubscribe'],
  ['Tôi cần trao đổi trực tiếp với cán bộ phụ trách, không muốn chat với máy', 'handoff'],
  ['ad có những chức năng gì', 'menu'],
  ['Báo cho tôi khi hồ sơ 000.00.21.H40-260301-0415 có kết quả nhé', 'dossier_follow'],
  [
    'Ông hàng xóm xây nhà lấn sang đất lối đi chung của 4 hộ, xã biết mà không xử lý, tôi gửi phản ánh đến tỉnh',
    'feedback',
  ],
  ['Thời gian giải quyết hồ sơ cấp sổ đỏ lần đầu theo quy định là bao nhiêu ngày', 'procedure'],
  ['đăng ký nhận tin tức phường Hưng Dũng', 'subscriptions'],
  ['Nhà tôi làm nông, có mục nhận cảnh báo thời tiết không, đăng ký cho tôi', 'subscriptions'],
  ['Kiểm tra giúp tiến độ hồ sơ đăng ký kết hôn của tôi, nộp ở UBND xã Diễn Kỷ hôm 10/2, tên Lê Văn Hùng', 'dossier'],
  ['những ý kiến phản ánh em gửi từ tháng trước giờ ra sao rồi, cho em coi hết', 'my_feedback'],
  ['có người cháy rừng thông trên núi Quyết, khói nghi ngút, báo gấp', 'feedback'],
  ['nhà bên cạnh xây 5 tầng không có giấy phép, đổ bê tông lúc nửa đêm, nứt cả tường nhà tôi', 'feedback'],
  ['không cần nhắn cập nhật hs mã 000 00 21 H40 260222 0381 nữa đâu ad', 'dossier_unfollow'],
  ['hi ad, mới kết bạn', 'welcome'],
  ['đừng gửi tin thông báo nữa, ngày nào cũng nhận phiền quá', 'unsubscribe'],
  ['list all the reports I sent', 'my_feedback'],
  ['ad có người yêu chưa z', 'none'],
  [
    'cho tôi hỏi cái hồ sơ sang tên sổ đỏ mua đất của ông Bình hồi tháng trước nộp ở huyện giờ đang tới bước nào rồi vậy',
    'dossier',
  ],
  [
    'i want to report that the sidewalk on Ho Tung Mau street is completely blocked by parked cars and shop goods, pedestrians have to walk on the road',
    'feedback',
  ],
  ['pa-zl-2026-001205 sao gửi 2 tuần chưa có trả lời', 'feedback_ticket'],
  ['xem kết quả trả lời phản ánh số 1290', 'feedback_ticket'],
  ['tra giúp tiền điện tháng 2 nhà tôi, mã khách hàng PA14NL0012345, sao tăng gấp đôi vậy', 'none'],
  ['cho hỏi hồ sơ 000.00.21.H40-260114-0037 của tôi đã có kết quả chưa ạ', 'dossier'],
  ['Sửa nhà có thay đổi kết cấu thì có phải xin giấy phép không, nhà tôi ở mặt đường tỉnh lộ', 'procedure'],
  ['xổ số miền Bắc hôm nay về con gì', 'none'],
  ['hs giay phep xay dung cua toi bi tra ve hay sao ma ko thay tin j, ma 000.00.14.H40-260110-0502', 'dossier'],
  ['ad giữ sđt với tên tuổi của e à, cho e xem dữ liệu của e', 'my_data'],
  ['ad ơi có việc làm thêm buổi tối nào không, em sinh viên', 'none'],
  ['ho so H40-260219-0088 den dau roi ad', 'dossier'],
  ['lệ phí cấp giấy chứng nhận quyền sử dụng đất lần đầu bao nhiêu, đất ở nông thôn 200m2', 'procedure'],
  ['kiểm tra giúp sim này có phải chính chủ không', 'none'],
  ['ds kien nghi cua toi', 'my_feedback'],
  [
    'kien nghi tinh mo them tuyen xe buyt tu trung tam ra khu cong nghiep Nam Cam, cong nhan di lai rat kho',
    'feedback',
  ],
  [
    'Dự án đường ven biển đền bù cho nhà tôi thấp hơn nhà bên cạnh dù cùng loại đất, tôi kiến nghị được giải thích và xem xét lại',
    'feedback',
  ],
  ['Chị ơi em muốn coi lại hết hồ sơ em gửi từ đầu năm tới giờ, dùng sđt zalo này nha', 'my_dossiers'],
  ['Hủy theo dõi hồ sơ H40-260225-0198, tôi nhận kết quả rồi', 'dossier_unfollow'],
  ['hồ sơ 000.00.14.H40-260219-0126 đã lấy rồi, tắt thông báo hồ sơ này đi', 'dossier_unfollow'],
  ['bo theo doi ho so 000.00.17.H40-260212-0233', 'dossier_unfollow'],
  ['lịch cắt điện ngày mai ở phường Bến Thủy mấy giờ', 'none'],
  [
    'Tôi góp ý: nên có chỗ ngồi chờ và nước uống cho người già ở bộ phận một cửa huyện, đứng chờ cả buổi rất mệt',
    'feedback',
  ],
  ['muốn nhận thông báo lịch tiêm chủng, y tế của xã Nghi Kim', 'subscriptions'],
  ['tin nhắn báo hồ sơ H40-260213-0047 của tôi phải bổ sung, bổ sung cái gì vậy, xem giúp trạng thái', 'dossier'],
  ['cho tôi số tổng đài điện lực để báo mất điện', 'none'],
  ['kết nối tôi với chuyên viên ngay, việc gấp', 'handoff'],
  ['status of feedback PA-2026-001033?', 'feedback_ticket'],
  ['chuyển cho nhân viên tư vấn giúp mình', 'handoff'],
  ['mưa có 30 phút mà ngập cả khu tái định cư phường Đông Vĩnh, cống thoát nước bị lấp, đề nghị nạo vét', 'feedback'],
  [
    'E có đăng ký nhận tin cho mấy hồ sơ của công ty, giờ muốn kiểm tra lại đang nhận cảnh báo cho những hồ sơ nào',
    'follows',
  ],
  ['Tôi không dùng nữa, xóa hết dữ liệu các bạn lưu về tôi theo luật 91/2025', 'erase_my_data'],
  ['ad nghĩ sáp nhập xong thì tỉnh mình có lên thành phố trực thuộc trung ương không', 'none'],
  ['stop sending me updates about dossier H40-260306-0050', 'dossier_unfollow'],
  ['hoof sow chuyeenr muc dich su dung dat tu dat vuon len dat o can nhung gi', 'procedure'],
  ['dùng cái zalo này như thế nào', 'help'],
  ['notify me when dossier H40-260306-0050 changes status', 'dossier_follow'],
  ['con tôi làm giấy khai sinh trên dịch vụ công hôm 5/3 chưa thấy trả, mã là 000.09.44.H40-260305-0021', 'dossier'],
  ['Ai xem giúp cái hợp đồng thuê nhà này, tôi có bị thiệt không, chủ nhà bắt cọc 3 tháng', 'none'],
  ['tra cứu mst 0315577204 giúp em', 'business'],
  ['ds hồ sơ đứng tên tôi', 'my_dossiers'],
  [
    'đề nghị lắp thêm biển báo giảm tốc ở đoạn cua gắt gần trường THCS xã Tân Sơn, tháng này đã 2 vụ tai nạn',
    'feedback',
  ],
  ['mai có mưa không ad, nhà đang định phơi lúa', 'none'],
  [
    'Giấy hẹn của tôi bị mất nhưng may còn chụp ảnh, mã là 000.00.31.H40-260108-0219, cho hỏi hồ sơ này lãnh đạo ký chưa',
    'dossier',
  ],
  ['show me the options', 'menu'],
  ['Tôi muốn nhận thông báo về thiên tai, bão lũ của tỉnh', 'subscriptions'],
  ['hồ sơ đăng ký hộ kinh doanh em nộp online hôm thứ 2, giờ trạng thái sao rồi ạ. mã H40-260302-1174', 'dossier'],
  ['tra cứu phạt nguội biển số 37A-123.45 giùm e', 'none'],
  ['xin cấp lại sổ đỏ bị mất thì phải làm sao, có phải đăng báo không', 'procedure'],
  ['xem kết quả xét nghiệm máu của tôi ở bệnh viện đa khoa tỉnh hôm qua', 'none'],
  ['tạm ngừng kinh doanh hộ cá thể 6 tháng có cần báo ai không, làm giấy gì', 'procedure'],
  [
    'Hồ sơ tách thửa nộp từ tháng 11 tới giờ chưa xong, hẹn hết lần này tới lần khác. Mã 000.22.31.H40-251118-0395. Tôi chỉ muốn biết nó đang nằm ở phòng nào',
    'dossier',
  ],
  ['Cần vay gấp 50 triệu không cần thế chấp, ai có thì liên hệ em', 'none'],
  ['nộp hồ sơ đăng ký hộ kinh doanh trên Cổng dịch vụ công thì ký số hay scan bản ký tay ạ', 'procedure'],
  [
    'mẹ tôi 70 tuổi nộp hồ sơ hưởng trợ cấp người cao tuổi ở xã, đến nay 2 tháng chưa có tiền, nhờ xem hồ sơ đã được duyệt chưa',
    'dossier',
  ],
  ['Tôi mở tiệm tạp hóa nhỏ trước nhà, có bắt buộc đăng ký hộ kinh doanh không, nếu có thì làm thế nào', 'procedure'],
  [
    'Tôi gửi phản ánh ổ gà hôm 3/2, được số PA-2026-000198, tới giờ đường vẫn y nguyên, kiểm tra giúp phản ánh đó đang xử lý tới đâu',
    'feedback_ticket',
  ],
  ['Tra MST 0109 888 777 xem đã giải thể chưa', 'business'],
  [
    'tối thứ bảy nào cũng có đám thanh niên đua xe nẹt pô ở khu cầu Hoàng Mai dân ở đây không ngủ được đề nghị công an vào cuộc',
    'feedback',
  ],
  ['cho e nhận tin về tuyển sinh giáo dục với, con e sắp vào lớp 1', 'subscriptions'],
  ['e muốn thành lập cty tnhh 1 thành viên thì hs gồm những gì, bao lâu thì có mst', 'procedure'],
  ['CHỢ TẠM LẤN CHIẾM HẾT LÒNG ĐƯỜNG TRƯỚC CỔNG TRƯỜNG MẦM NON, SÁNG NÀO CŨNG TẮC, XIN CHÍNH QUYỀN DẸP', 'feedback'],
  ['hôm nay âm lịch ngày mấy vậy', 'none'],
  [
    'Trường tiểu học thu thêm tiền máy chiếu, tiền quỹ lớp 800k/học sinh, phụ huynh ai cũng bức xúc mà không dám nói, đề nghị kiểm tra',
    'feedback',
  ],
  [
    'Tôi nộp hồ sơ cấp đổi sổ đỏ ở bộ phận một cửa huyện từ tháng 12 năm ngoái mà giờ vẫn chưa thấy ai gọi, nhờ kiểm tra giúp xem đang ở khâu nào',
    'dossier',
  ],
  [
    'ông trưởng thôn tự ý cho người ngoài thuê đất công ích của thôn mà không họp dân, tiền thu không công khai',
    'feedback',
  ],
  ['địa chỉ trung tâm hành chính công tỉnh ở đâu vậy', 'help'],
  ['Tôi yêu cầu xóa số điện thoại và thông tin của tôi khỏi hệ thống này', 'erase_my_data'],
];

// Tuning 57 (245 messages, written blind on 2026-12-05 from the list of labels only, to be learnt from, not to
// study: older people, farmers, rural and mountain communes, ethnic-minority citizens).
const batch57Tune: [string, string][] = [
  [
    'toi la nguoi mong o ban pa co, con toi de o nha ko di benh vien, bay gio muon lam giay khai sinh cho no thi can giay to gi a',
    'procedure',
  ],
  [
    'chau viet ho ba noi a, ba chau nam nay 82 tuoi can cuoc het han roi ba di lai kho khan ko ra huyen dc, co can bo xuong nha lam cccd cho nguoi gia ko a',
    'procedure',
  ],
  [
    'Tôi năm nay 67 tuổi ở xã vùng cao, đất ông bà để lại chưa có sổ đỏ, giờ muốn làm sổ thì phải mang những gì lên xã ạ, có mất tiền không',
    'procedure',
  ],
  ['em oi cho bac hoi vo bac mat roi gio bac muon lam giay chung tu thi lam o dau may ngay thi co', 'procedure'],
  [
    'toi ko biet chu nhieu. con trai toi lay vo nguoi ben kia bien gioi, dang ky ket hon nguoi nuoc ngoai thi can giay gi, lam o dau',
    'procedure',
  ],
  [
    'ba tui o ruong ngoai dong chu dat chia cho 3 dua con, tach thua dat thi lam thu tuc sao vay chu, phi bao nhieu tien',
    'procedure',
  ],
  [
    'xin hỏi thủ tục xin giấy phép xây dựng nhà ở nông thôn có cần không tôi định làm cái nhà cấp bốn trên đất vườn của tôi',
    'procedure',
  ],
  [
    'Cháu viết hộ ông ạ. Ông cháu là thương binh, giấy chứng nhận thương binh bị chuột cắn rách hết rồi, giờ xin cấp lại thì làm thế nào ạ',
    'procedure',
  ],
  ['toi nguoi dao, so ho khau cu mat roi, bay gio can giay xac nhan cu tru thi xin o dau', 'procedure'],
  [
    'me toi du 80 tuoi thang truoc roi ma chua thay ai goi len nhan tro cap, thu tuc huong tro cap nguoi cao tuoi lam sao a',
    'procedure',
  ],
  [
    'nha toi nuoi bo muon vay von ngan hang chinh sach, ho bao can giay xac nhan ho ngheo, giay do xin o dau can giay gi',
    'procedure',
  ],
  [
    'tôi hỏi chút việc làm sổ đỏ đất rừng đất nương rẫy nhà tôi làm từ năm 1995 có được cấp sổ không thủ tục như nào',
    'procedure',
  ],
  [
    'ong toi mat khong de lai di chuc, nha co 5 anh em, muon khai nhan thua ke mieng dat thi phai lam gi o dau a',
    'procedure',
  ],
  [
    'toi muon sang ten mieng dat mua cua hang xom tu nam 2008 viet giay tay thoi bay gio lam so duoc ko thu tuc the nao',
    'procedure',
  ],
  [
    'CHO TOI HOI LAM THE BAO HIEM Y TE CHO NGUOI DAN TOC THIEU SO VUNG KHO KHAN THI LAM O DAU CO MAT TIEN KHONG',
    'procedure',
  ],
  [
    'con gai toi lay chong nam ngoai chua dang ky ket hon, nay de chau roi, gio lam khai sinh cho chau ma bo me chua ket hon thi co duoc ko',
    'procedure',
  ],
  [
    'em ơi bà hỏi cái căn cước của bà ghi sai năm sinh, bà sinh 1948 mà ghi 1949, sửa lại thì làm sao hả em',
    'procedure',
  ],
  [
    'toi la gia lang ban ta lang, dan ban hoi xin giay phep chat cay keo trong o vuon nha thi co can xin giay ko, xin o dau',
    'procedure',
  ],
  [
    'Tôi là người Tày nói tiếng Kinh chưa thạo mong thông cảm. Tôi muốn đổi tên cho con vì tên cũ đọc không hay, thủ tục thay đổi họ tên làm ở đâu',
    'procedure',
  ],
  [
    'nha toi o tren nui khong co mang yeu lam, muon nop ho so dang ky khai sinh tren mang dien thoai co duoc ko hay phai xuong xa',
    'procedure',
  ],
  [
    'bac hoi chau dang ky thuong tru cho vo moi cuoi ve o cung nha chong thi can mang giay gi len cong an xa',
    'procedure',
  ],
  [
    'toi nuoi ga vit khoang 500 con muon dang ky ho kinh doanh de ban ra cho thi lam thu tuc gi ton bao nhieu tien',
    'procedure',
  ],
  [
    'tui gia roi mat het giay to, giay chung nhan quyen su dung dat bi lu cuon mat nam ngoai, cap lai so do bi mat thi lam sao',
    'procedure',
  ],
  [
    'xin chao can bo. toi o thon 4. toi co hoi. con toi di lam o binh duong. chuyen khau ve que thi lam the nao. can giay gi',
    'procedure',
  ],
  [
    'toi la nguoi khmer, toi muon hoi lam giay xac nhan tinh trang hon nhan de di lam ho so cho con di xuat khau lao dong o dau',
    'procedure',
  ],
  ['hoi ve che do mai tang phi cho cuu chien binh ba toi moi mat tuan truoc can nhung giay to gi de nhan', 'procedure'],
  [
    'Nhờ cán bộ chỉ giúp. Bố tôi bị liệt nằm một chỗ. Muốn xin trợ cấp người khuyết tật nặng thì phải làm giấy tờ gì, có phải đưa bố đi khám không',
    'procedure',
  ],
  [
    'toi hoi lam lai giay khai sinh ban sao cho con di hoc, ban chinh mat roi, xin trich luc khai sinh o dau',
    'procedure',
  ],
  [
    'nha toi co dat lua muon chuyen sang dat o de lam nha cho con trai, chuyen muc dich su dung dat thi mat bao nhieu tien thue',
    'procedure',
  ],
  [
    'chú ơi cho cháu hỏi hộ mẹ cháu, mẹ cháu muốn làm thủ tục nhận lương hưu chuyển từ tỉnh khác về đây thì làm ở đâu ạ',
    'procedure',
  ],
  ['toi o xa bien gioi, xin giay thong hanh sang ben kia tham ho hang thi lam o dau can may anh', 'procedure'],
  [
    'hỏi thủ tục đăng ký khai tử cho người mất ở nhà đã lâu rồi, mất từ năm 2019 mà giờ mới đi khai có bị phạt không',
    'procedure',
  ],
  ['Toi muon xin ho tro giong lua sau lu, ruong bi ngap het, lam don o dau, can giay gi khong a', 'procedure'],
  [
    'ong ba toi song chung voi nhau tu nam 1960 khong co giay ket hon, gio can giay do de lam so do co lam bo sung duoc khong',
    'procedure',
  ],
  [
    'bac muon lam chung thuc ban sao so ho khau voi giay to dat thi ra xa hay ra buu dien lam duoc, mat bao nhieu 1 trang',
    'procedure',
  ],
  [
    'toi nguoi thai o ban na, toi muon dang ky nhan nuoi con cua chi gai toi mat roi, thu tuc nhan con nuoi trong ho hang lam sao',
    'procedure',
  ],
  [
    'chau nho viet ho ong: ong muon lam giay phep khai thac cat nho o suoi de xay nha thi co duoc ko, xin o dau',
    'procedure',
  ],
  [
    'Con tôi học xong lớp 12 mà bị mất bằng tốt nghiệp, giờ xin cấp bản sao bằng thì làm ở đâu, có phải lên tỉnh không ạ',
    'procedure',
  ],
  [
    'toi ko co dien thoai thong minh, chau toi cai zalo. xin hoi dang ky tai khoan dinh danh dien tu muc 2 cho nguoi gia thi di dau lam',
    'procedure',
  ],
  [
    'nha toi bi sat lo dat mat nha roi, muon xin ho tro di dan tai dinh cu thi lam don the nao thu tuc ra sao',
    'procedure',
  ],
  [
    'hoi thu tuc lam so do lan dau cho dat o nong thon, dat nha toi khong tranh chap voi ai, het bao lau moi co so',
    'procedure',
  ],
  [
    'xin hỏi đăng ký biến động đất đai khi bố mẹ tặng cho đất cho con thì có phải nộp thuế trước bạ không, làm ở văn phòng đăng ký đất đai huyện hay ở xã',
    'procedure',
  ],
  [
    'ba tui 75 tuoi muon lam ho chieu di tham con ben dai loan, nguoi gia lam ho chieu co can ra tinh ko hay lam online dc',
    'procedure',
  ],
  [
    'tôi muốn mở quán tạp hóa nhỏ ở nhà bán cho bà con trong bản, có phải đăng ký kinh doanh không hay cứ bán thôi',
    'procedure',
  ],
  ['xin giấy phép xây dựng nhà sàn bằng gỗ ở bản có cần không, bản tôi chưa ai xin bao giờ', 'procedure'],
  ['toi muon hoi viec cap doi so do cu sang so hong moi do so cu bi mo chu, can mang theo gi', 'procedure'],
  ['chao chau. bac la ho ngheo. bac hoi thu tuc mien hoc phi cho con hoc cap 3 lam o dau', 'procedure'],
  ['con tui di bo doi ve, gio ho hoi thu tuc dang ky lai thuong tru o que sau khi xuat ngu nhu nao', 'procedure'],
  ['toi hoi cach lam giay chung nhan con thuong binh liet si de con toi duoc cong diem thi dai hoc', 'procedure'],
  [
    'toi nop ho so lam so do o xa tu thang 11 nam ngoai den nay chua thay goi, ma ho so la 000.00.21.H40-251118-0093 xem giup toi voi',
    'dossier',
  ],
  [
    'chau hoi ho ba: ho so cap lai cccd cua ba nop hom thu hai tuan truoc xong chua a, giay hen ghi H40-260203-0147',
    'dossier',
  ],
  ['ho so khai sinh cho chau noi toi 000 00 07 H40 260121 0034 den dau roi co can bo sung gi ko', 'dossier'],
  [
    'Tôi gửi hồ sơ xin trợ cấp người cao tuổi cho mẹ tôi lên xã được hơn một tháng rồi, hồ sơ đó giải quyết xong chưa ạ',
    'dossier',
  ],
  [
    'xem giup toi ma ho so 000.00.21.H40-260109-0212 cua toi voi, toi khong biet chu nhieu, con toi nhap ma cho',
    'dossier',
  ],
  [
    'ma so ho so la H40 251230 0088 la ho so tach thua dat cua nha toi, cho hoi no xong chua de con toi ve lay',
    'dossier',
  ],
  [
    'bac nop giay chung tu cho ong nha hom kia o xa, ma ghi tren phieu la 000.00.33.H40-260211-0019, xin hoi co ket qua chua',
    'dossier',
  ],
  ['toi muon biet ho so dang ky ho kinh doanh cua toi da duoc duyet chua, toi nop tu dau thang 2', 'dossier'],
  ['cho toi tra ho so H40-260115-0301', 'dossier'],
  [
    'ho so chuyen muc dich dat lua sang dat o cua toi bi tra lai hay sao ma lau qua, ma 000.00.21.H40-251205-0077',
    'dossier',
  ],
  [
    'chau viet giup bac hang xom: bac nop ho so xin ho tro nha bi sap do bao so 3 ma la 000.00.42.H40-250920-0156 den nay chua thay tien ho tro, ho so dang o buoc nao',
    'dossier',
  ],
  ['ma ho so 0000021H40-260126-0045 toi nop dang ky ket hon, khi nao thi den lay giay duoc a', 'dossier'],
  ['Ho so cua toi ghi tren giay bien nhan la H40.260207.0011 xin can bo xem dang giai quyet den dau roi', 'dossier'],
  ['xin hoi ho so so do lan dau cua ong Lo Van Pao o ban huoi mo, nop tu nam ngoai, den gio da co so chua', 'dossier'],
  [
    'tôi đọc mã hồ sơ nhé không không không chấm không không chấm hai mốt chấm H bốn mươi gạch hai sáu không một hai không gạch không không năm sáu xem giúp tôi đến đâu rồi',
    'dossier',
  ],
  [
    'ho so xin tro cap khuyet tat cho thang con toi ma 000.00.21.H40-260102-0119 co bi thieu giay gi khong sao chua thay xa bao',
    'dossier',
  ],
  ['ho so ma H40-251211-0204 qua han tra ket qua roi ma chua co, toi di ra xa 3 lan roi, xem giup toi', 'dossier'],
  ['kiem tra ho so 000 00 21 H40 260218 0063 giup toi', 'dossier'],
  [
    'Chào cán bộ. Tôi có làm hồ sơ cấp đổi sổ đỏ từ tháng 9 năm ngoái mã 000.00.21.H40-250914-0027. Tôi già rồi đi lại khó, xin cho biết đã ký chưa để tôi nhờ con đi lấy',
    'dossier',
  ],
  ['ho so trich luc khai sinh cua con toi xong chua, toi nop online hom qua, ma la H40-260223-0009', 'dossier'],
  [
    'toi la nguoi dao o thon khe, ho so xin giay phep xay dung nha cua toi da duoc cap chua, ma 000.00.21.H40-260130-0178',
    'dossier',
  ],
  ['hồ sơ chuyển khẩu của con tôi từ Bình Dương về, nộp được 10 ngày, không nhớ mã, xong chưa hả cán bộ', 'dossier'],
  ['ma ho so 000.00.21.h40-260205-0090 tra giup bac tinh trang, bac doi lau qua', 'dossier'],
  ['con xin hỏi hộ bố con: hồ sơ nhận thừa kế đất mã H40-251127-0133 đang vướng ở đâu mà chưa xong ạ', 'dossier'],
  [
    'ho so cap lai giay chung nhan thuong binh cua ong toi ma 000.00.52.H40-260120-0021 da co ket qua chua a',
    'dossier',
  ],
  ['Toi o ban phieng, toi hoi ho so lam so ho ngheo 2026 cua nha toi duoc chua', 'dossier'],
  ['hs 000.00.21.H40-260214-0155 cua toi dang xu ly o dau vay', 'dossier'],
  [
    'bà có cái phiếu hẹn số H40-260210-0072 hẹn trả kết quả hôm nay mà lên xã người ta bảo chưa có, xem hộ bà với',
    'dossier',
  ],
  ['toi co lam may cai ho so o xa ma quen het ma roi giay hen cung mat, xem giup toi cac ho so cua toi', 'my_dossiers'],
  [
    'con cho bac hoi bac nop nhieu ho so qua, so do, tro cap, ca khai sinh cho chau, gio muon xem het mot luc duoc khong',
    'my_dossiers',
  ],
  ['toi khong nho ma ho so, toi dung so dien thoai nay de nop, tra bang so dien thoai duoc khong', 'my_dossiers'],
  ['Cho tôi xem danh sách tất cả hồ sơ tôi đã nộp', 'my_dossiers'],
  [
    'giấy biên nhận con chó nó cắn rách mất rồi không đọc được mã, xem các hồ sơ của tôi theo số zalo này được không',
    'my_dossiers',
  ],
  [
    'toi nho chau nop ho so tren mang bang so dien thoai cua toi, toi muon xem toi da nop nhung ho so gi',
    'my_dossiers',
  ],
  ['bac ko biet ma gi ca, tat ca ho so cua bac dang lam o dau het roi', 'my_dossiers'],
  ['xem ho so cua toi', 'my_dossiers'],
  [
    'em oi ba nop ho so o xa may lan roi ko nho het, ba muon coi lai tat ca xem cai nao xong cai nao chua',
    'my_dossiers',
  ],
  ['toi o ban na hin. toi co nhieu ho so. toi quen ma. xem het cho toi', 'my_dossiers'],
  [
    'khi nao ho so so do 000.00.21.H40-260116-0082 co ket qua thi nhan tin bao cho toi nhe, toi khong biet tra',
    'dossier_follow',
  ],
  [
    'nhà tôi xa xã lắm, đi lại mất nửa ngày, hồ sơ H40-260201-0040 xong thì báo qua zalo cho tôi để tôi khỏi đi hỏi',
    'dossier_follow',
  ],
  [
    'chau nho dang ky theo doi ho so tro cap cua ba 000.00.21.H40-260125-0117, co gi moi thi bao vao zalo nay a',
    'dossier_follow',
  ],
  ['bao cho toi khi ho so khai sinh cua chau co thay doi nhe ma H40-260219-0058', 'dossier_follow'],
  [
    'toi muon nhan thong bao tu dong ve ho so 000 00 21 H40 260206 0199 vi toi di nuong suot it khi cam dien thoai',
    'dossier_follow',
  ],
  [
    'ho so nay xong thi nhac toi voi, ma la 000.00.21.H40-260222-0014, con toi di lam xa khong ai tra giup',
    'dossier_follow',
  ],
  ['có cách nào để hồ sơ mã H40-260112-0260 có kết quả thì tự báo về điện thoại không cán bộ', 'dossier_follow'],
  ['dang ky nhan tin bao ho so xin giay phep xay dung cua toi khi duoc duyet', 'dossier_follow'],
  ['ho so cua toi lay ket qua roi, dung nhan tin bao nua nhe ma H40-260116-0082', 'dossier_unfollow'],
  [
    'toi khong muon nhan thong bao ho so 000.00.21.H40-260125-0117 nua, dien thoai keu hoai toi gia khong biet tat',
    'dossier_unfollow',
  ],
  ['bỏ theo dõi hồ sơ khai sinh của cháu tôi đi, nhận giấy rồi', 'dossier_unfollow'],
  ['chau oi dung bao ve ho so cua ba nua nhe, ba lay so roi', 'dossier_unfollow'],
  ['huy theo doi ho so 000 00 21 H40 260206 0199', 'dossier_unfollow'],
  ['thôi không theo dõi hồ sơ H40-260201-0040 nữa, xong việc rồi cảm ơn cán bộ', 'dossier_unfollow'],
  ['toi dang theo doi may cai ho so vay, toi quen roi', 'follows'],
  ['xem giup bac nhung ho so bac dang dang ky nhan bao', 'follows'],
  ['Chau con oi xem dum ba cai danh sach ho so ba dang theo doi tren zalo', 'follows'],
  ['tôi đã bấm nhận thông báo cho những hồ sơ nào rồi nhỉ, cho tôi xem lại', 'follows'],
  ['cac ho so toi dang nhan tin bao la nhung cai nao', 'follows'],
  ['toi co dang ky theo doi ho so cua vo toi ko, kiem tra giup', 'follows'],
  [
    'toi muon hoi cai cong ty ma so thue 5300712846 co that khong, ho den ban thu mua que cua ban toi ma toi khong tin',
    'business',
  ],
  [
    'chau kiem tra giup ba cai mst 0108765432-002 co phai doanh nghiep dang hoat dong khong, ho moi ba gui tien',
    'business',
  ],
  [
    'Công ty thu mua chè trả tiền chậm, họ đưa mã số thuế 4601238875, cho tôi biết tên giám đốc với địa chỉ công ty',
    'business',
  ],
  ['ma so thue 5200611903 la cua ai vay, ho ban phan bon cho ca thon toi', 'business'],
  ['tra ma so thue 0316644209 giup toi, nguoi ta keu toi ky hop dong trong cay cho ho', 'business'],
  ['con nho tra giup bo mst 6001234571 cua hop tac xa ca phe xem con hoat dong hay da giai the', 'business'],
  [
    'ho kinh doanh nha toi ma so thue 5300889125-001 xem con hoat dong tren he thong ko, toi nghi ban lau roi',
    'business',
  ],
  [
    'tôi muốn biết doanh nghiệp có mã số thuế 1801556920 đăng ký ở đâu, người đại diện là ai, họ đến thuê đất rừng nhà tôi',
    'business',
  ],
  [
    'duong vao ban toi bi sat lo mot doan dai tu tuan truoc, xe may khong di duoc, tre con di hoc phai loi suoi, de nghi xa cho nguoi sua',
    'feedback',
  ],
  [
    'Tôi là người dân thôn 7. Cây cầu treo qua suối bị đứt mấy tấm ván, người già trẻ em đi rất nguy hiểm, mong chính quyền sửa sớm',
    'feedback',
  ],
  [
    'trạm bơm nước của hợp tác xã hỏng hai tuần rồi ruộng lúa nhà tôi với cả xóm khô nứt nẻ hết mà không ai đến sửa',
    'feedback',
  ],
  [
    'co nguoi chat rung phong ho o dau nguon suoi ban toi, chat nhieu lam, dem nao cung nghe tieng cua may, bao kiem lam ma khong thay ai den',
    'feedback',
  ],
  [
    'chau viet ho ong: o xom co nha nuoi lon xa nuoc thai xuong muong, ca xom boc mui khong chiu duoc, ruoi nhieu lam',
    'feedback',
  ],
  ['den duong o dau cau thon 3 tat may thang roi toi om di lai nguy hiem co ong gia nga roi', 'feedback'],
  [
    'toi la ho ngheo ma nam nay ko co ten trong danh sach, trong khi nha kia co oto lai duoc, trong thon binh xet khong cong bang',
    'feedback',
  ],
  [
    'xe cho cat cho da chay qua duong lien thon suot ngay dem, duong nat het, bui mu mit, nha toi o sat duong ho hen khong chiu noi',
    'feedback',
  ],
  [
    'Tôi phản ánh cán bộ địa chính xã hẹn tôi bốn lần không làm, còn nói tôi già rồi không hiểu thì về đi, thái độ như vậy có được không',
    'feedback',
  ],
  [
    'rac ba ngay khong ai don o cho xa, chat dong nhu nui, cho moi ngay thu 5 ma ban chan gio len, de nghi cho xe den cho',
    'feedback',
  ],
  [
    'nuoc gieng nha toi tu khi co xuong che bien san o dau nguon thi co mau vang va mui chua, nguoi trong thon an vao dau bung',
    'feedback',
  ],
  [
    'tien ho tro lu lut nam ngoai nha toi duoc 2 trieu ma truong thon chi dua 1 trieu, noi giu lai lam quy, toi khong dong y',
    'feedback',
  ],
  [
    'toi o ban co ma, ban toi chua co dien luoi, tre em hoc bai bang den dau, mong nha nuoc keo dien len ban',
    'feedback',
  ],
  ['cong thoat nuoc truoc cho bi tac, mua xuong la ngap het duong, nuoc tran vao nha may ho ban hang', 'feedback'],
  ['trâu bò thả rông ăn hết lúa mới cấy của nhà tôi mà chủ không đền, báo thôn thôn không giải quyết', 'feedback'],
  ['DUONG BE TONG MOI LAM CHUA DUOC 1 NAM DA NUT HET, DE NGHI KIEM TRA LAI NHA THAU', 'feedback'],
  [
    'co nha hang xom xay nha lan sang dat nha toi gan 1 met, toi bao xa roi ma xa chua xuong do, ho van xay tiep',
    'feedback',
  ],
  [
    'mua lon qua suoi dau ban nuoc dang cao lam hoc sinh khong qua duoc, ban toi xin lam cay cau nho cho tre di hoc',
    'feedback',
  ],
  [
    'tram y te xa thieu thuoc, toi di kham ho bao het thuoc bao hiem, phai ra ngoai mua, nguoi gia nhu toi khong co tien',
    'feedback',
  ],
  ['nha van hoa thon bi dot roi mai ton rach, mua la nuoc chay vao, moi lan hop thon phai ngoi ngoai san', 'feedback'],
  [
    'ở bản tôi có người lạ đến rủ dân góp tiền đi làm bên kia biên giới, nhiều người bị lừa rồi, đề nghị công an xã vào kiểm tra',
    'feedback',
  ],
  [
    'toi phan anh truong tieu hoc diem ban bi dot nat, lop hoc thung mai, gio lanh lua vao, tre con ret run',
    'feedback',
  ],
  [
    'chau xin phan anh ho bac hang xom: bac bi khuyet tat ma 3 thang nay chua nhan duoc tien tro cap, hoi xa thi bao cho',
    'feedback',
  ],
  ['cho phan bon gia ban o cho phien ban toi, bon vao lua chet het, nguoi ban di mat, de nghi kiem tra', 'feedback'],
  [
    'loa phat thanh cua thon bat tu 5 gio sang to qua nguoi gia ngu khong duoc, de nghi van nho lai hoac bat muon hon',
    'feedback',
  ],
  [
    'Kênh mương nội đồng bị bồi lấp, nước không vào ruộng được, bà con đã nói nhiều lần trong họp thôn mà chưa thấy nạo vét',
    'feedback',
  ],
  [
    'song bi hut cat trai phep ban dem, bo song lo vao vuon nha toi mat may hang tre, xin chinh quyen xu ly',
    'feedback',
  ],
  [
    'toi muon kien nghi cho xe buyt chay vao xa, nguoi gia di kham benh tren huyen phai di xe om ton kem qua',
    'feedback',
  ],
  [
    'cho toi phan anh: cot dien truoc nha nghieng sap do, day dien chung xuong thap, tre con choi gan so lam',
    'feedback',
  ],
  [
    'cán bộ bưu điện xã giao lương hưu cho tôi thiếu tiền mấy tháng liền, mỗi tháng thiếu vài chục nghìn, tôi già mắt kém không đếm kịp',
    'feedback',
  ],
  [
    'nuoc sach cua cong trinh nuoc tu chay mat 2 tuan roi, ban toi phai di ganh nuoc suoi, xin sua ong nuoc',
    'feedback',
  ],
  ['o ben dong thon 2 co ai do dot rom ra khoi bay vao nha suot, chau nho bi ho, de nghi nhac nho', 'feedback'],
  ['toi la nguoi h mong. duong len ban toi lam do dang bo do 2 nam nay. mua xuong bun ngap. xin lam tiep', 'feedback'],
  [
    'co nhom thanh nien dem nao cung dua xe tren duong lien xa, no xe am i, nguoi gia giat minh, mong cong an xuong',
    'feedback',
  ],
  ['trong danh sach nhan gao cuu doi tet vua roi nha toi bi bo sot, 6 mieng an ma khong co gao', 'feedback'],
  ['Ông thôn trưởng thu mỗi hộ 200 nghìn làm đường nhưng không công khai chi tiêu, bà con thắc mắc', 'feedback'],
  ['cay cau tran qua suoi ngap nuoc moi khi mua, co nguoi bi cuon roi, xin lam cau cao hon', 'feedback'],
  ['ky so do xong roi ma can bo bat toi dong them tien boi duong moi tra so, toi ngheo khong co tien', 'feedback'],
  ['lo giet mo o dau thon xa mau xuong suoi, ca chet noi trang, nuoc suoi ban toi dung tam giat', 'feedback'],
  [
    'toi kien nghi dua bac si ve tram y te xa truc ban dem, dem qua con toi sot cao khong ai kham phai chay xuong huyen 30 cay so',
    'feedback',
  ],
  ['cho den ban hang o cho xa thu phi cao qua lai khong co hoa don, nguoi ban rau nhu toi khong du tien', 'feedback'],
  ['nha tôi bị nứt tường do nhà máy thủy điện nổ mìn làm đường, xin chính quyền xuống xem và bắt đền', 'feedback'],
  ['toi thay tren nui co dao vang trai phep, nuoc suoi duc het, cho o ha nguon khong dung duoc', 'feedback'],
  ['toi gui phan anh ve duong sat lo roi, so PA-2026-000417, gio xu ly den dau roi', 'feedback_ticket'],
  ['chau xem giup ba phan anh so pa-zl-2026-001205 co ai tra loi chua', 'feedback_ticket'],
  ['phan anh so 452 cua toi ve cau treo co ket qua chua', 'feedback_ticket'],
  [
    'Tôi có gửi phản ánh mã PA-2026-000988 về nước giếng bị bẩn hơn hai tuần rồi, cán bộ đã xuống kiểm tra chưa',
    'feedback_ticket',
  ],
  ['kiem tra phan anh PA 2026 001033', 'feedback_ticket'],
  [
    'hom truoc toi gui kien nghi ve den duong, he thong cho so PA-2026-000612, nay xem lai tinh trang',
    'feedback_ticket',
  ],
  ['ma phan anh cua bac la pa-2026-000075, bac hoi da chuyen cho xa chua', 'feedback_ticket'],
  ['toi gui phan anh so 1187 ve truong thon thu tien, toi muon biet co ai giai quyet khong', 'feedback_ticket'],
  ['toi gui may cai phan anh roi, xem lai tat ca cac phan anh cua toi', 'my_feedback'],
  ['cho bac xem nhung kien nghi bac da gui qua zalo, bac khong nho so', 'my_feedback'],
  ['Tôi muốn xem danh sách các phản ánh tôi đã gửi, cái nào xử lý rồi cái nào chưa', 'my_feedback'],
  ['chau oi tim giup ba het may cai phan anh ba gui nam nay', 'my_feedback'],
  [
    'toi da phan anh nhieu lan ve duong va nuoc ma quen ma so, xem tat ca phan anh cua toi theo so dien thoai nay',
    'my_feedback',
  ],
  ['xem lai tinh trang tat ca kien nghi toi da gui di', 'my_feedback'],
  ['toi muon nhan tin bao bao lu mua lon cho xa toi de con lo dua trau bo len cao', 'subscriptions'],
  ['dang ky nhan thong bao thoi tiet thien tai cho vung nui, toi o xa vung cao', 'subscriptions'],
  ['Cho tôi nhận các thông báo về y tế, tiêm phòng cho trẻ con ở xã tôi', 'subscriptions'],
  ['con dang ky cho bo nhan tin tuc cua xa nhe, bo muon biet lich hop, lich tiem cho trau bo', 'subscriptions'],
  ['toi muon nhan thong bao ve giao duc, hoc bong cho con em dan toc thieu so', 'subscriptions'],
  ['nhan tin bao dich benh gia cam, ga nha toi hay bi dich', 'subscriptions'],
  ['toi muon theo doi thong bao cua tinh ve nong nghiep, gia giong phan bon, ho tro nong dan', 'subscriptions'],
  ['thoi dung gui thong bao cho toi nua, toi gia khong doc duoc', 'unsubscribe'],
  ['bỏ đăng ký nhận tin tức của tỉnh, điện thoại tôi kêu suốt đêm', 'unsubscribe'],
  ['chau huy nhan tin thong bao cho ba nhe, ba khong dung nua', 'unsubscribe'],
  ['khong nhan tin giao duc nua, con toi hoc xong roi', 'unsubscribe'],
  ['toi muon huy het cac thong bao', 'unsubscribe'],
  ['đừng gửi tin thời tiết cho tôi nữa, tôi nghe đài xã rồi', 'unsubscribe'],
  ['toi ko biet bam may nay, cho toi noi chuyen voi can bo that duoc khong', 'handoff'],
  ['bac gia roi doc chu khong ro, nho can bo goi lai cho bac so 0912 347 865 de bac hoi truc tiep', 'handoff'],
  ['tôi muốn gặp người thật để nói chuyện, máy trả lời tôi không hiểu', 'handoff'],
  ['chau oi cho ba gap nguoi cua xa, ba co chuyen can noi ma go chu khong duoc', 'handoff'],
  ['toi nguoi dan toc noi tieng kinh khong gioi, muon nguoi that giup toi', 'handoff'],
  ['chuyen cho can bo truc tiep tra loi giup toi', 'handoff'],
  ['may tra loi toi khong hieu gi het, cho gap nhan vien', 'handoff'],
  ['alo alo co ai nghe khong, toi can noi chuyen voi can bo ngay bay gio', 'handoff'],
  ['so dien thoai duong day nong cua tinh la so may, toi muon goi', 'help'],
  ['bộ phận một cửa của huyện mở cửa mấy giờ, thứ bảy có làm không, tôi đi xe khách xuống mất buổi sáng', 'help'],
  ['chau oi dia chi trung tam phuc vu hanh chinh cong tinh o dau, ba muon len nop giay', 'help'],
  ['toi khong biet dung cai zalo nay, chi toi cach dung voi', 'help'],
  ['cho toi so dien thoai lien he cua trung tam hanh chinh cong', 'help'],
  ['lam viec gio nao vay, chu nhat co mo cua khong', 'help'],
  ['Huong dan giup bac cach su dung dich vu nay, bac bam vao dau', 'help'],
  ['email voi so dien thoai cua van phong UBND tinh la gi', 'help'],
  ['cho toi xem menu', 'menu'],
  ['may nay lam duoc nhung viec gi, chi cho toi cac muc', 'menu'],
  ['Xem các chức năng có trên đây', 'menu'],
  ['chau cho ba xem cai bang chon', 'menu'],
  ['chao can bo', 'welcome'],
  ['xin chao, toi la nguoi o ban nam cang', 'welcome'],
  ['Chào UBND tỉnh ạ', 'welcome'],
  ['chao chau', 'welcome'],
  ['xin chào cán bộ, chúc cán bộ năm mới mạnh khỏe', 'welcome'],
  ['con re toi nguoi uc, cho no doi sang tieng anh duoc khong', 'language'],
  ["English please, I am helping my wife's grandmother", 'language'],
  ['chuyển sang tiếng Anh giúp tôi', 'language'],
  ['doi lai tieng viet, chau bam nham sang tieng anh roi toi khong doc duoc', 'language'],
  ['Can you switch to English? My Vietnamese is not good', 'language'],
  ['toi muon biet zalo nay luu nhung thong tin gi cua toi', 'my_data'],
  ['Cán bộ giữ những dữ liệu cá nhân gì của tôi, số căn cước số điện thoại có lưu không', 'my_data'],
  ['chau xem giup ba he thong co luu thong tin gi cua ba', 'my_data'],
  ['thong tin ca nhan cua toi dang duoc luu tru nhung gi, toi nghe noi co luat bao ve du lieu ca nhan', 'my_data'],
  ['cho tôi xem lại dữ liệu của tôi mà hệ thống đang giữ', 'my_data'],
  ['xoa thong tin cua toi di, toi khong dung nua', 'erase_my_data'],
  ['tôi muốn xóa hết dữ liệu cá nhân của tôi trên này', 'erase_my_data'],
  ['ba chau mat roi, chau muon xoa du lieu ca nhan cua ba tren he thong nay', 'erase_my_data'],
  ['xoa so dien thoai va thong tin cua toi khoi he thong', 'erase_my_data'],
  ['yeu cau xoa du lieu ca nhan theo luat 91', 'erase_my_data'],
  ['gia phan ure hom nay bao nhieu mot bao', 'none'],
  ['cho toi hoi tien dien thang nay nha toi cao qua, sao tinh dat vay', 'none'],
  ['mai troi co mua khong, toi dinh phoi thoc', 'none'],
  ['toi co 2 con trau muon ban, ai mua lien he toi', 'none'],
  ['con toi bi sot 3 ngay roi uong thuoc gi', 'none'],
  ['toi muon vay tien ngan hang nong nghiep, lai suat bao nhieu', 'none'],
  ['tối qua đội tuyển đá bóng thắng không cháu', 'none'],
  ['co ai biet chua benh dau lung cho nguoi gia bang la cay gi khong', 'none'],
  ['xe may toi bi phat nguoi o thanh pho, tra cuu phat nguoi o dau', 'none'],
  ['ban mat ong rung nguyen chat 300k mot lit ai can lien he 0978 215 604', 'none'],
  ['gia ca phe hom nay bao nhieu mot ky vay', 'none'],
  ['tien cap nuoc sach thang nay nha toi bi tinh sai, hoi cong ty nuoc o dau', 'none'],
  ['toi muon mua may cay cu, o dau ban re', 'none'],
  ['chau gai toi 25 tuoi chua lay chong, co ai gioi thieu khong', 'none'],
  ['bon con lon nha toi bi sot bo an, tiem thuoc gi', 'none'],
  ['xo so mien bac hom nay ve so may', 'none'],
  ['toi muon hoi tien luong huu thang nay sao bi cham, hoi buu dien hay bao hiem xa hoi', 'none'],
  ['hu hu nha toi mat con cho vang, ai thay bao toi', 'none'],
  ['cho tôi số điện thoại bệnh viện tỉnh để đặt lịch khám mắt', 'none'],
  ['tôi muốn kết bạn với cán bộ', 'none'],
];

// Tuning 58 (231 messages, written blind on 2026-12-05 from the list of labels only, to be learnt from, not to
// study: young people typing fast: teencode, slang, English words).
const batch58Tune: [string, string][] = [
  ['ad ơi làm lại cccd bị mất thì cần j z, em đi làm ở bình dương mà hộ khẩu ngoài bắc có làm dc ko', 'procedure'],
  ['cho e hỏi đki kết hôn vs ng nước ngoài cần giấy tờ j ạ, bn tiền, bao lâu thì xong nha', 'procedure'],
  ['e mới sinh em bé, làm giấy khai sinh online trên dvc dc ko hay phải ra ubnd xã ạ', 'procedure'],
  ['ko biết làm gks cho con ntn, ck đi làm xa ko có ở nhà thì vợ đi đk 1 mình dc ko ad', 'procedure'],
  ['xin hỏi thủ tục tách thửa đất ở mình cần những j, phí bn z mn', 'procedure'],
  ['hello ad, e muốn mở shop bán đồ online đăng ký hộ kinh doanh thì làm ở đâu, có tốn phí ko', 'procedure'],
  ['lam lai bang lai xe bi mat o dau vay ad, can mang gi theo k', 'procedure'],
  ['xin giay xac nhan tinh trang hon nhan de di xkld nhat thi lam o dau, bao lau co z ad', 'procedure'],
  ['mình là sv năm 2 muốn đăng ký tạm trú ở trọ thì làm sao, chủ trọ kêu tự đi làm 😅', 'procedure'],
  ['e đi xkld về muốn chuyển hộ khẩu về quê vợ thì thủ tục ntn ạ', 'procedure'],
  ['cho hỏi cấp đổi sổ đỏ mẫu mới bắt buộc ko, nếu làm thì mất phí bn và mấy ngày', 'procedure'],
  ['làm giấy phép xây dựng nhà 3 tầng ở nông thôn có cần k ad, nếu cần thì hs gồm j', 'procedure'],
  [
    'Ad oi e o han quoc, muon lam trich luc khai sinh ban sao gui qua day thi uy quyen cho me o nha di lam dc ko',
    'procedure',
  ],
  ['em cần lý lịch tư pháp số 1 để nộp hồ sơ đi làm, nộp online ở đâu, bao nhiêu ngày có ạ', 'procedure'],
  ['thur tucj dang ky ket hon can nhung gi z ad, 2 dua khac tinh', 'procedure'],
  ['hỏi nhanh: chứng thực bản sao cccd làm ở xã dc ko hay phải lên huyện, mất bn 1 bản', 'procedure'],
  ['bố e mất r, giờ làm khai tử với thừa kế đất thì bắt đầu từ đâu ạ, e ko rành mấy cái này', 'procedure'],
  ['mình ở trọ kcn, muốn đăng ký thường trú cho con nhỏ theo mẹ thì cần giấy j', 'procedure'],
  [
    'what documents do i need to register my marriage with a vietnamese girl in this province? im from philippines',
    'procedure',
  ],
  ['plz tell me how to extend my temporary residence card, my TRC expires next month', 'procedure'],
  ['đăng ký xe máy mới mua thì giờ làm ở công an xã luôn hả ad, cần mang j', 'procedure'],
  ['hs xin trợ cấp thất nghiệp nộp ở đâu, cty cho nghỉ việc r mà ko bt làm sao', 'procedure'],
  ['cho e hoi thu tuc cap lai the bhyt bi mat, e lam cong nhan ne', 'procedure'],
  ['Chị ơi muốn xin giấy phép kinh doanh quán trà sữa nhỏ thì cần giấy chứng nhận attp ko ạ', 'procedure'],
  ['làm hộ chiếu online cho con 5 tuổi được ko, bao lâu thì có, e cần gấp để đi du lịch hè', 'procedure'],
  ['e muốn đổi tên trong gks vì tên xấu quá bị bạn bè chọc 😭 có làm dc ko, thủ tục sao', 'procedure'],
  ['thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu cho đất ông bà để lại thì cần gì z', 'procedure'],
  ['đk tạm vắng đi làm xa có bắt buộc ko ạ, nếu có thì làm ở đâu', 'procedure'],
  ['ad oi sao e nop hs tren cong dvc ma no bat ky so, ky so la sao, nop giay ko dc ha', 'procedure'],
  ['lệ phí đăng ký hộ kinh doanh bao nhiêu vậy, mà có cần có mặt bằng chưa mới đk', 'procedure'],
  ['xin hỏi thủ tục nhận con nuôi là con của chị ruột thì cần những giấy tờ j', 'procedure'],
  ['Em tốt nghiệp r muốn làm hồ sơ xin việc, xin xác nhận cư trú (CT07) ở đâu nhanh nhất', 'procedure'],
  ['e la shipper muon dki thi giay phep lai xe hang A1 thi o dau thi, hs can gi', 'procedure'],
  ['cho mình hỏi xin cấp phép đào đường để đấu nước vào nhà thì làm thủ tục nào', 'procedure'],
  ['thủ tục đăng ký khai sinh cho con ngoài giá thú, ko có đăng ký kết hôn thì ghi tên cha dc ko', 'procedure'],
  ['vietnamese abroad here, muốn ghi chú kết hôn đã đăng ký ở Đài Loan vào sổ hộ tịch ở VN thì làm sao ạ', 'procedure'],
  ['hỏi xíu: giấy xác nhận độc thân có hạn bao lâu, hết hạn thì xin lại có mất phí ko', 'procedure'],
  ['thủ tục hỗ trợ hộ nghèo cận nghèo đăng ký thế nào, nhà e mới bị mất việc cả 2 vợ ck', 'procedure'],
  ['e ơi cho c hỏi chuyển mục đích sd đất từ đất vườn lên thổ cư mất bn tiền 1 mét z', 'procedure'],
  ['lam sao de dang ky cap ma so thue ca nhan, e moi di lam cty bat phai co', 'procedure'],
  ['how long does it take to get a work permit exemption certificate, and which office handles it', 'procedure'],
  ['cần thủ tục gì để mở cơ sở sửa xe nhỏ ở nhà, có phải đăng ký kinh doanh ko hay cứ mở thôi', 'procedure'],
  ['xin hỏi cấp lại gks bản chính bị rách còn có 1 nửa 😂 làm sao', 'procedure'],
  ['thu tuc xin hoc cho con vao truong cong khi bo me khong co ho khau o day can gi ad', 'procedure'],
  ['đăng ký giám hộ cho em trai khi bố mẹ đi làm nước ngoài, thủ tục ra sao', 'procedure'],
  ['chứng thực chữ ký trên giấy ủy quyền làm ở đâu nhanh, có cần 2 bên có mặt ko', 'procedure'],
  ['ad ơi đường vào kcn đoạn gần cầu Bà Lớn ổ gà to như cái ao, tối qua e đi ship té sml, ai sửa đi trời', 'feedback'],
  ['bãi rác đầu hẻm 45 đường Nguyễn Trãi 3 ngày r ko ai dọn thối hoắc ruồi bu đầy', 'feedback'],
  ['Karaoke nhà đối diện hát tới 1h sáng mai e còn đi ca sớm, báo rồi mà ko ai xử lý', 'feedback'],
  ['đèn đường dọc đê thôn 3 hư cả tuần tối thui, đi làm ca đêm về sợ muốn xỉu', 'feedback'],
  ['phản ánh: cty may ở cụm cn xả nước thải đen ra mương, cá chết nổi trắng luôn', 'feedback'],
  ['mưa có 30p mà đường Lê Lợi ngập tới đầu gối, xe chết máy hàng loạt, năm nào cũng z', 'feedback'],
  ['cán bộ 1 cửa xã e thái độ lồi lõm, hỏi có xíu mà quát như quát con, e muốn phản ánh', 'feedback'],
  ['nhà bên cạnh xây lấn qua đất nhà e gần nửa mét, báo xã mà ko thấy ai xuống coi', 'feedback'],
  ['cây xanh trước trường cấp 2 nghiêng sắp đổ, mưa bão tới là đè con nít, ai cắt giùm vs', 'feedback'],
  ['xe ben chở cát chạy ẩu qua xóm, bụi mù trời, rơi cát đầy đường, đêm còn chạy ầm ầm', 'feedback'],
  ['ong oi cho e phan anh chu tro ben e tinh gia dien 4k/so, nuoc 30k/khoi, vay dung ko', 'feedback'],
  ['nap cong tren duong tran hung dao mat nap, lo hong to dung, de nguoi te lam', 'feedback'],
  ['ng ta đốt rơm rạ khói bay vô nhà ngộp thở, con e bị hen suyễn luôn á', 'feedback'],
  ['góp ý: web dịch vụ công của tỉnh load chậm quá, nộp hs cứ bị out ra hoài, fix đi ad', 'feedback'],
  ['có nhóm thanh niên tụ tập đua xe mỗi tối t7 ở đường mới mở khu đô thị, nẹt pô kinh khủng', 'feedback'],
  ['chợ tự phát lấn hết lòng đường trước cổng kcn giờ tan ca kẹt cứng ko đi dc', 'feedback'],
  ['Quán nhậu lấn vỉa hè hết trơn, người đi bộ phải đi xuống lòng đường, nguy hiểm quá trời', 'feedback'],
  ['e phản ánh trường mầm non tư thục ở phường e cho bé ăn uống ko đảm bảo, mấy bé bị tiêu chảy', 'feedback'],
  ['cầu tre qua sông ở ấp 4 sập 1 khúc r, học sinh vẫn đi qua hằng ngày sợ lắm', 'feedback'],
  ['khu trọ e ở chủ trọ ko làm pccc j hết, có 1 cửa ra vào, lỡ cháy là chết chùm á', 'feedback'],
  ['hệ thống thoát nước khu dân cư mới bị nghẹt, nước thải tràn lên đường hôi kinh khủng', 'feedback'],
  ['chó thả rông ko rọ mõm cắn con nít trong xóm 2 lần r mà chủ ko chịu nhốt', 'feedback'],
  ['kiến nghị làm thêm vạch qua đường trước cổng kcn, sáng nào cũng có vụ quẹt xe', 'feedback'],
  ['tui muốn phản ánh cái trạm trộn bê tông gần khu dân cư chạy cả đêm ồn ào ko ngủ dc', 'feedback'],
  [
    'e muốn khiếu nại cán bộ địa chính xã hẹn lên hẹn xuống hs sổ đỏ 3 tháng, còn gợi ý bồi dưỡng mới làm nhanh',
    'feedback',
  ],
  ['cột điện nghiêng sát nhà dây điện võng xuống thấp, xe tải đi qua là quẹt', 'feedback'],
  ['phản ánh tình trạng bán thuốc lá điện tử cho hs cấp 2 ngay cổng trường', 'feedback'],
  ['sạt lở bờ sông ở xóm chài nặng lắm r, 2 căn nhà sắp rớt xuống sông, cần hỗ trợ gấp', 'feedback'],
  ['thằng hàng xóm nuôi heo ngay trong khu dân cư mùi hôi chịu ko nổi, xin cơ quan chức năng xuống xử lý', 'feedback'],
  ['rác thải xây dựng đổ trộm ven đường tỉnh lộ 8 đống cao như núi', 'feedback'],
  ['đường bê tông thôn mới làm 3 tháng đã nứt toác, nghi rút ruột công trình', 'feedback'],
  ['trạm y tế xã mở cửa trễ, 8h rưỡi chưa có ai, bà e đi khám đợi hoài', 'feedback'],
  ['biển báo giao thông ngã nằm giữa ngã 3 cả tuần chưa ai dựng lại', 'feedback'],
  ['chỗ e làm bắt tăng ca tới 12 tiếng ko trả lương tăng ca, phản ánh ở đây dc ko ad', 'feedback'],
  ['đường hẻm 12 phường 5 ko có cống, mưa xuống bùn sình lầy lội, đi xe trượt té hoài', 'feedback'],
  ['khu vực chợ đêm bán hàng xả rác xuống sông, nước sông đen ngòm luôn', 'feedback'],
  ['đề nghị lắp thêm đèn tín hiệu ở ngã tư QL1A giao đường vào xã, tuần nào cũng có tai nạn', 'feedback'],
  [
    'there is a huge pile of garbage near my apartment on Tran Phu street, it smells so bad for a week, who can fix this?',
    'feedback',
  ],
  ['the street light in front of my house has been broken for 2 weeks, its very dark and unsafe', 'feedback'],
  ['trường e thu tiền đầu năm quá trời khoản, quỹ lớp quỹ phụ huynh j j đó 3tr, có đúng quy định ko', 'feedback'],
  ['tiệm net cho trẻ em chơi xuyên đêm ở gần nhà e, mấy đứa nhỏ bỏ học đi chơi', 'feedback'],
  ['nước máy nhà e có mùi clo nồng mấy bữa nay với lại hơi đục, uống ko dám', 'feedback'],
  ['ad check giùm e hs 000.00.21.H40-260114-0037 tới đâu r, chờ muốn mọc rễ luôn', 'dossier'],
  ['hồ sơ sổ đỏ nhà e nộp từ tháng 11 xong chưa z ad', 'dossier'],
  ['ma hs H40-260219-0088 sao chua thay tra kq, qua hen r ma', 'dossier'],
  ['tra cứu hồ sơ 000 00 07 H40 251230 0112 giùm mình vs', 'dossier'],
  ['e nộp hs khai sinh cho con hôm thứ 2, giờ có gks chưa ạ', 'dossier'],
  ['hs cấp đổi gplx của e tên Nguyễn Văn Tùng, nộp tuần trước, check dc ko', 'dossier'],
  ['check status plz: 000.00.15.H40-260302-0456', 'dossier'],
  ['mã hồ sơ nè 000.12.33.H40-260121-1009 cho e hỏi có bị trả về ko', 'dossier'],
  ['hồ sơ đăng ký kết hôn của e vs bạn trai nộp online hqua dc xem xét chưa ạ', 'dossier'],
  ['H40-260105-0321 xong chưa ad e cần gấp để nộp cty', 'dossier'],
  ['hs tách thửa nhà e mã 000.00.09.H40-251118-0075 sao báo cần bổ sung mà ko nói bổ sung j', 'dossier'],
  ['ad ơi coi dùm hồ sơ xin giấy phép xây dựng của ba e nộp ở huyện tháng trước tới bước nào r', 'dossier'],
  ['cho hoi ho so 000 00 12 H40 260208 0044 da ky chua', 'dossier'],
  ['ket qua hs ly lich tu phap cua e co chua, ma 000.00.01.H40-260211-0190', 'dossier'],
  ['my application code is H40-260227-0510, is it approved yet?', 'dossier'],
  ['e nộp hs đk hộ kinh doanh online tuần rồi, nó ghi đang xử lý hoài là sao, có lỗi j ko', 'dossier'],
  ['hs trợ cấp thất nghiệp của e tới đâu r ạ, tháng này có tiền ko ạ', 'dossier'],
  ['000.00.21.H40-260120-0288 ???', 'dossier'],
  ['check hộ e hs chuyển mục đích sd đất, mã h40-251209-0017', 'dossier'],
  ['hồ sơ cấp lại cccd của e làm ở xã 20 ngày r chưa thấy về, ktra giùm', 'dossier'],
  ['ho so nay cua e nop ben buu dien 000.34.22.H40-260110-0903 duoc tiep nhan chua vay', 'dossier'],
  ['e muốn biết hs xin xác nhận độc thân của e đã có kq chưa, cần để làm visa', 'dossier'],
  ['Kiểm tra tiến độ hồ sơ số 000.00.21.H40-260301-0015', 'dossier'],
  ['hs chứng thực của e hôm qua nộp lấy kq chưa dc hả ad, e đi ca ko ra lấy dc', 'dossier'],
  ['hồ sơ H40.260115.0777 trễ hẹn 5 ngày rồi nha, xem lại dùm', 'dossier'],
  ['ad ơi hs 0000021H402602250099 e gõ tra mãi ko ra, coi giùm', 'dossier'],
  ['cái hs thường trú nộp hồi tết của mẹ e sao r ad, bả hỏi hoài e ko biết trả lời sao 😅', 'dossier'],
  ['giá vàng hnay bn z ad', 'none'],
  ['tối nay VN đá vs Thái mấy giờ ad, có chiếu trên vtv ko', 'none'],
  ['ad có ny chưa, làm quen dc ko 😜', 'none'],
  ['bán iphone 13 pro max 99% giá rẻ, ib e', 'none'],
  ['tra tiền điện tháng này nhà e giùm, sao cao dữ z', 'none'],
  ['bn check giùm e bị phạt nguội ko, biển số 59X1-234.56', 'none'],
  ['mai trời có mưa ko ad, e tính đi phượt', 'none'],
  ['ad ơi vay tiền online app nào uy tín ko 😂', 'none'],
  ['cho e hỏi cách đổi mật khẩu ngân hàng vcb', 'none'],
  ['có job nào lương 15tr ko ad, e đang thất nghiệp', 'none'],
  ['ai cần tuyển công nhân may liên hệ 0912 347 865 lương cao bao ăn ở', 'none'],
  ['tỷ giá won hôm nay bn ad, e tính gửi tiền về', 'none'],
  ['ad nghĩ sao về chuyện giá xăng tăng hoài z', 'none'],
  ['làm bài tập toán lớp 9 giùm e vs, mai nộp r', 'none'],
  ['vé xe tết về quê hết sạch r, ad biết nhà xe nào còn ko', 'none'],
  ['ship cod bị bom hàng thì làm sao đòi tiền khách ad', 'none'],
  ['hát cho e nghe 1 bài đi', 'none'],
  ['app vssid ko đăng nhập dc là sao ad', 'none'],
  ['who will win the premier league this year lol', 'none'],
  ['test test', 'none'],
  ['xổ số miền nam hôm nay ra con j z', 'none'],
  ['nạp thẻ điện thoại giùm e 50k dc ko', 'none'],
  ['mạng viettel nhà e yếu quá ai sửa giùm', 'none'],
  ['e quên mã hs r, xem hết hs của e dc ko ad', 'my_dossiers'],
  ['liệt kê giùm tất cả hồ sơ e đã nộp với', 'my_dossiers'],
  ['cac ho so cua toi dang o dau r, toi nop may cai ma ko nho ma', 'my_dossiers'],
  ['xem ds hồ sơ của mình theo sđt zalo này nha', 'my_dossiers'],
  ['mat giay hen r ko biet ma hs la j, tra theo sdt e dc ko', 'my_dossiers'],
  ['hồi giờ e nộp mấy hs thủ tục trên dvc, muốn coi lại hết 1 lượt', 'my_dossiers'],
  ['tôi có bao nhiêu hồ sơ đang xử lý vậy', 'my_dossiers'],
  ['ad ơi e làm mất biên nhận, nhớ là có nộp 2 3 cái hs mà ko nhớ cái nào với cái nào', 'my_dossiers'],
  ['check hết hs đứng tên e giùm, sdt e 0987 654 321', 'my_dossiers'],
  ['có kq hs 000.00.21.H40-260114-0037 thì nhắn e liền nha', 'dossier_follow'],
  ['báo cho e khi hs sổ đỏ có kết quả vs, e ko rảnh vô check hoài', 'dossier_follow'],
  ['theo dõi hs H40-260219-0088 giùm e, có j thì báo', 'dossier_follow'],
  ['bật thông báo cho hồ sơ khai sinh của con e dc ko ad', 'dossier_follow'],
  ['notify me when H40-260227-0510 changes status', 'dossier_follow'],
  ['hs 000.00.07.H40-251230-0112 có cập nhật thì ping e nhen', 'dossier_follow'],
  ['ad nhắn e khi nào hs đổi trạng thái nha, mã 000.12.33.H40-260121-1009', 'dossier_follow'],
  ['e muon nhan thong bao tu dong cho ho so cap phep xay dung cua e', 'dossier_follow'],
  ['đăng ký theo dõi hồ sơ H40-260303-0029 nha, chứ e đi làm xa ko lên coi dc', 'dossier_follow'],
  ['thôi ko cần báo hs H40-260219-0088 nữa nha, e nhận r', 'dossier_unfollow'],
  ['tắt thông báo hs 000.00.21.H40-260114-0037 giùm', 'dossier_unfollow'],
  ['bỏ theo dõi hồ sơ sổ đỏ đi ad, xong r', 'dossier_unfollow'],
  ['stop notifications for my application H40-260105-0321', 'dossier_unfollow'],
  ['dung bao ve ho so khai sinh nua, lay gks r', 'dossier_unfollow'],
  ['hủy theo dõi hs 000 00 07 H40 251230 0112, nhắn hoài phiền quá', 'dossier_unfollow'],
  ['e đang theo dõi mấy hs vậy ad', 'follows'],
  ['coi giùm ds hs e đang nhận thông báo', 'follows'],
  ['nhung ho so nao e dang follow z', 'follows'],
  ['ad ơi e có bật báo cho hs nào chưa, ko nhớ', 'follows'],
  ['xem các hồ sơ đang được theo dõi của tôi', 'follows'],
  ['tra mst 0315577204 giùm e, cty này tuyển ng mà e sợ lừa', 'business'],
  ['cty mã số thuế 0108765432-002 còn hđ ko ad', 'business'],
  ['check giúp mst 3702456781 tên cty j, ai đại diện', 'business'],
  ['mst 0401234567 còn hoạt động hay đóng r z', 'business'],
  ['lookup tax code 0316789012 pls, want to check my employer', 'business'],
  ['xem thông tin hộ kd mst 8123456789-001 địa chỉ ở đâu', 'business'],
  ['cty e đi làm mst 2300987654 mà nghe đồn sắp giải thể, check tình trạng dc ko', 'business'],
  ['ma so thue 0109988776 la cua cty nao vay ad', 'business'],
  ['phản ánh PA-2026-000417 của e xử lý tới đâu r', 'feedback_ticket'],
  ['pa-zl-2026-001205 sao chưa có trả lời ad', 'feedback_ticket'],
  ['e gửi phản ánh số 452 về cái ổ gà tuần trước r, có ai xuống chưa', 'feedback_ticket'],
  ['check giùm PA-2026-001988 nha', 'feedback_ticket'],
  ['status of my report PA-2026-000733?', 'feedback_ticket'],
  ['phan anh ma PA 2026 002104 da co ket qua chua', 'feedback_ticket'],
  ['cái phản ánh vụ karaoke mã PA-2026-000891 ko thấy ai xử lý hết trơn, xem lại đi', 'feedback_ticket'],
  ['tra phản ánh số 1310 giúp mình', 'feedback_ticket'],
  ['PA-ZL-2026-000066 xong chưa vậy', 'feedback_ticket'],
  ['xem lại hết mấy phản ánh e đã gửi', 'my_feedback'],
  ['ds phản ánh của tôi, cái nào xong cái nào chưa', 'my_feedback'],
  ['e gui may cai phan anh r ma quen so, coi het dc ko', 'my_feedback'],
  ['my reports list pls', 'my_feedback'],
  ['mấy cái kiến nghị của e gửi hồi tháng trước giờ sao r ad, e ko nhớ mã', 'my_feedback'],
  ['liệt kê phản ánh đã gửi theo sdt zalo e', 'my_feedback'],
  ['coi tình trạng tất cả phản ánh của mình nhen', 'my_feedback'],
  ['đăng ký nhận tin thời tiết bão lũ dùm e, nhà e ở ven biển', 'subscriptions'],
  ['e muốn nhận thông báo về tuyển sinh lớp 10', 'subscriptions'],
  ['cho e nhận tin của xã Tân Phước thôi nha', 'subscriptions'],
  ['subscribe me to health news', 'subscriptions'],
  ['dang ky nhan thong bao y te, tiem chung cho con', 'subscriptions'],
  ['đăng ký nhận tin giáo dục với thiên tai nha', 'subscriptions'],
  ['bật nhận thông báo từ tỉnh cho e', 'subscriptions'],
  ['e muốn chọn chủ đề nhận tin, mấy cái có j ad', 'subscriptions'],
  ['ko nhận tin nữa nha ad spam quá', 'unsubscribe'],
  ['bỏ chủ đề thời tiết đi, chỉ giữ giáo dục thôi', 'unsubscribe'],
  ['đừng gửi tin giáo dục nữa, con e ra trường r', 'unsubscribe'],
  ['tắt hết thông báo của tỉnh giùm, điện thoại ting ting hoài', 'unsubscribe'],
  ['cho e nói chuyện vs người thật đi, bot trả lời như ko', 'handoff'],
  ['gặp cán bộ dc ko ad, chuyện gấp', 'handoff'],
  ['kết nối tổng đài viên giùm', 'handoff'],
  ['ad thật đâu r, ra đây nói chuyện cái', 'handoff'],
  ['chuyen cho nhan vien di, e hoi hoai ko dc', 'handoff'],
  ['e cần gặp cán bộ tư vấn trực tiếp về vụ đất đai, ko muốn chat vs máy', 'handoff'],
  ['số hotline của trung tâm phục vụ hành chính công là bn z', 'help'],
  ['bộ phận 1 cửa tỉnh ở đâu, mấy giờ mở cửa, t7 có làm ko', 'help'],
  ['cái zalo này xài sao z ad, e mới vô', 'help'],
  ['hotline pls', 'help'],
  ['dia chi trung tam hcc tinh o dau ad', 'help'],
  ['how do i use this service?', 'help'],
  ['giờ làm việc của ubnd chiều mấy giờ nghỉ vậy, e tan ca 5h chạy qua kịp ko', 'help'],
  ['ad có những chức năng j, liệt kê e coi', 'menu'],
  ['bot làm dc những j z', 'menu'],
  ['ê ad', 'welcome'],
  ['chào buổi sáng nha mn', 'welcome'],
  ['chuyển qua tiếng anh đi ad', 'language'],
  ['tiếng việt đi, e đọc tiếng anh ko hiểu', 'language'],
  ['mấy người lưu thông tin j của e z, coi dc ko', 'my_data'],
  ['e muốn xem dữ liệu cá nhân mà bên mình giữ, theo luật 91 á', 'my_data'],
  ['app này lưu sdt với cccd của e hả, cho e xem', 'my_data'],
  ['du lieu ca nhan cua toi dang luu nhung gi', 'my_data'],
  ['xóa hết thông tin của e đi', 'erase_my_data'],
  ['delete my data pls', 'erase_my_data'],
  ['e ko xài nữa, xóa dữ liệu cá nhân của e khỏi hệ thống nha', 'erase_my_data'],
  ['xoa sdt va thong tin cua toi', 'erase_my_data'],
  ['yêu cầu xóa dữ liệu cá nhân theo luật 91/2025', 'erase_my_data'],
];

// Tuning 59 (227 messages, written blind on 2026-12-05 from the list of labels only, to be learnt from, not to
// study: strong regional speech and voice-to-text garbles).
const batch59Tune: [string, string][] = [
  ['giá vàng hôm nay nhiêu dzậy ad', 'none'],
  ['lo mo heo trong khu dan cu xa nuoc thai ra duong, hoi thoi ca xom', 'feedback'],
  [
    'tôi muốn phản ánh tình trạng quán nhậu lấn chiếm vỉa hè trên đường hai tháng chín người đi bộ phải đi xuống lòng đường',
    'feedback',
  ],
  ['Chỗ trạm y tế xã bác sĩ đi trễ về sớm, bà con đi khám đợi cả buổi không có ai ạ', 'feedback'],
  ['hồ sơ mô tui đã bấm theo dõi rứa, cho coi lại', 'follows'],
  ['huy theo doi ho so 000.00.21.H40-260114-0037', 'dossier_unfollow'],
  ['Bờ kè sông đoạn gần cầu Trường Tiền bị sụt lún rồi, chừ không rào lại lỡ ai té xuống thì răng', 'feedback'],
  ['các kiến nghị em đã gửi có cái nào được trả lời chưa ạ', 'my_feedback'],
  ['cho hỏi thủ tục cấp giấy phép kinh doanh rượu bán lẻ cần những gì ạ', 'procedure'],
  ['cay xanh truoc truong tieu hoc nghieng sap do roi, mua bao toi la nguy hiem cho tui nho lam', 'feedback'],
  ['tình trạng hồ sơ 000.00.21.H40-251215-0904 thế nào rồi ạ, em đợi mãi', 'dossier'],
  ['show all my complaints', 'my_feedback'],
  ['ad ơi có ai trực không, em cần nói chuyện với người', 'handoff'],
  ['Răng cái mương ở thôn Tây chừ bốc mùi hôi quá, trại heo xả thẳng ra mương đó, dân chịu không nổi', 'feedback'],
  [
    'cán bộ một cửa ở xã nói chuyện cộc lốc, hỏi thì không thèm trả lời, tui đi 3 lần rồi mà vẫn bị trả về vì thiếu cái này cái kia',
    'feedback',
  ],
  ['quán bún bò mô ngon ở thành phố chỉ tui với', 'none'],
  ['hồ sơ xin cấp phép xây dựng cần bản vẽ thiết kế hông hay tự vẽ tay cũng được dzậy', 'procedure'],
  ['kể chuyện cười nghe đi ad', 'none'],
  ['Hồ sơ H40-260208-0127 có kết quả chưa ạ, em ở xa về lấy một chuyến tốn lắm', 'dossier'],
  ['hồ sơ của tôi mã là hát bốn mươi hai sáu không ba không một không không tám chín xong chưa', 'dossier'],
  ['Họ khai thác cát trái phép trên sông ban đêm, bờ sông sạt lở vô tới vườn nhà tui rồi', 'feedback'],
  ['mấy ổng ở xã nói phải có giấy xác nhận tình trạng hôn nhân mới làm được, giấy đó xin ở đâu dzậy', 'procedure'],
  ['Có cách mô để bot tự nhắn cho tui khi hồ sơ đổi trạng thái không hỉ', 'dossier_follow'],
  ['chuyen cho nguoi that tu van giup e voi a', 'handoff'],
  ['Mã hồ sơ 000 00 07 H40 251230 0112 đang ở bước nào rồi ạ', 'dossier'],
  [
    'xin chào cho tôi hỏi là thủ tục đăng ký kết hồn cần có mấy người đi cả hai người phải có mặt hay một người cũng được',
    'procedure',
  ],
  ['chuyển qua tiếng Anh dùm tui', 'language'],
  ['Nước máy nhà em mấy hôm nay đục ngầu có mùi clo nặng lắm, cả khu tập thể đều bị thế', 'feedback'],
  ['liệt kê giúp em các hồ sơ em nộp từ đầu năm đến giờ nhé', 'my_dossiers'],
  ["What's the hotline number and office hours?", 'help'],
  ['ban giay nike chinh hang gia re inbox', 'none'],
  ['Đừng nhắn tin về hồ sơ đăng ký thường trú nữa nghe, xong rồi', 'dossier_unfollow'],
  ['bai rac tap trung cua xa dot rac moi toi, khoi bay vo nha dan cay mat', 'feedback'],
  ['xem lại mấy cái phản ánh tui gửi hồi giờ nhen', 'my_feedback'],
  ['hồ sơ sổ đỏ của má tui nộp ở huyện từ tháng 10 tới giờ chưa thấy gì, xem giùm nhen', 'dossier'],
  ['hồ sơ số 260228-0341 là hồ sơ đăng ký thường trú đó, xong chưa vậy', 'dossier'],
  ['rac o cho cho dau ko ai don may ngay roi, boc mui qua troi luon', 'feedback'],
  ['mấy ông lưu thông tin gì của tui dzậy', 'my_data'],
  ['dang ky nhan tin cua xa minh o dau vay ad', 'subscriptions'],
  ['ở hẻm 78 có người nuôi chó thả rông cắn mấy đứa con nít rồi, không rọ mõm gì hết', 'feedback'],
  ['Bỏ nhận tin mấy chủ đề y tế đi hỉ, chừ không cần nữa', 'unsubscribe'],
  ['Cho hỏi hồ sơ H40-260219-0088 chừ đã có kết quả chưa rứa', 'dossier'],
  [
    'sang tên xe máy mua lại của người quen thì lệ phí trước bạ là một hay hai phần trăm vậy làm ở công an xã được không',
    'procedure',
  ],
  ['Chừ bỏ theo dõi cái hồ sơ mã H40-251229-0410 đi hỉ', 'dossier_unfollow'],
  ['xóa hết dữ liệu của tui đi', 'erase_my_data'],
  [
    'tôi muốn hỏi phản ảnh mã pê a hai không hai sáu không không không tám chín ba đã được xử lý chưa',
    'feedback_ticket',
  ],
  ['Xem các chức năng', 'menu'],
  [
    'Bữa trước tui nộp hồ sơ chuyển nhượng đất ở xã, cán bộ hẹn 15 ngày mà chừ gần tháng rồi hông thấy, coi giùm tui',
    'dossier',
  ],
  ['xin chào UBND tỉnh ạ', 'welcome'],
  ['Subscribe me to health announcements', 'subscriptions'],
  ['Unsubscribe all', 'unsubscribe'],
  ['dang ky kinh doanh ho ca the lam online dc hong hay phai len huyen', 'procedure'],
  ['kien nghi PA-2026-000731 cua toi co ket qua chua', 'feedback_ticket'],
  ['Gặp cán bộ trực tiếp được không ạ', 'handoff'],
  [
    'Sao hồ sơ 000.00.21.H40-260213-0505 báo trạng thái chờ bổ sung mà tôi không nhận được thông báo gì thế ạ',
    'dossier',
  ],
  ['Cống thoát nước đường Nguyễn Huệ bị nghẹt, mưa một trận là ngập tới đầu gối, đề nghị nạo vét', 'feedback'],
  ['kiểm tra giúp tôi mã số thuế không bốn không một hai ba bốn năm sáu bảy người đại diện là ai', 'business'],
  ['Trung tâm phục vụ hành chính công ở đâu, mấy giờ mở cửa ạ', 'help'],
  ['cty co mst 3701234567 dia chi o dau vay', 'business'],
  ['Thôi khỏi báo hồ sơ H40-260219-0088 nữa, tui lấy kết quả rồi', 'dossier_unfollow'],
  ['tắt thông báo hồ sơ 000.00.15.H40-260201-0093 giúp em ạ', 'dossier_unfollow'],
  ['4201567890 công ty gì thế ạ, họ gọi mời em đi làm', 'business'],
  ['phản ánh PA-2026-000417 của tui xử lý tới đâu rồi', 'feedback_ticket'],
  ['bot lam dc nhung gi vay', 'menu'],
  ['Chừ đèn tín hiệu giao thông ngã tư Hùng Vương hư mấy bữa, xe chạy loạn xạ, ai coi giùm', 'feedback'],
  ['Đường mới làm xong chưa được 2 tháng mà đã nứt toác, đề nghị kiểm tra chất lượng thi công', 'feedback'],
  ['e muốn mở tiệm tạp hóa nhỏ thì đăng ký hộ kinh doanh cần j vậy, phí bao nhiêu', 'procedure'],
  ['Tôi yêu cầu xóa thông tin cá nhân khỏi hệ thống', 'erase_my_data'],
  [
    'tôi muốn hỏi về thủ tụt cấp giấy chứng nhận quyền sử dụng đất khi thừa kế của bố mẹ để lại mấy anh em chia nhau thì làm như thế nào',
    'procedure',
  ],
  ['ni có chi mà dùng, cho xem danh mục hỉ', 'menu'],
  ['Đừng gửi tin thông báo cho tui nữa, nhiều quá', 'unsubscribe'],
  ['cho e xem danh sách hồ sơ của e với ạ, sdt e dùng zalo này luôn', 'my_dossiers'],
  ['ad oi cho minh hoi nhan nuoi con nuoi trong nuoc can nhung giay to gi nhe', 'procedure'],
  [
    'làm sao để đăng ký xe máy mới mua lần đầu ở công an xã cần mang theo gì hóa đơn với căn cước phải không',
    'procedure',
  ],
  ['check tax code 0316789012 company name please', 'business'],
  ['toi nop may bo ho so o xa ma mat giay hen het roi, xem lai dum toi', 'my_dossiers'],
  ['thành lập công ty tnhh một thành viên mất mấy ngày, nộp online ở đâu ạ', 'procedure'],
  ['mã hs 00000.21.H40-260116-0349 xem giúp e có bị bổ sung gì ko', 'dossier'],
  ['cán bộ địa chính xã đòi tiền bồi dưỡng mới chịu đo đạc đất cho nhà tôi, như vậy có đúng không', 'feedback'],
  ['Cho tui hỏi làm giấy khai sinh cho con ở phường mình cần mang mấy giấy tờ dzậy ad', 'procedure'],
  ['làm sao để xem các hồ sơ mà tôi đã nộp trước đây tôi không nhớ mã', 'my_dossiers'],
  ['tra giúp em biển số 43A-123.45 có bị phạt nguội không ạ', 'none'],
  [
    'đoạn đường từ cầu sắt vào trung tâm xã có nhiều người nhậu say đua xe buổi tối rất nguy hiểm đề nghị công an xử lý',
    'feedback',
  ],
  ['Lam rang de dung cai trang ni, chi tui voi', 'help'],
  ['Hồ sơ giấy phép xây dựng nhà tui bị trả về hả, mã 000.00.33.H40-260110-0291, vì răng rứa', 'dossier'],
  ['Đường vô xóm tui ở ấp 3 xã Tân Hòa bể ổ gà quá trời, mưa xuống là té xe hoài, mấy ổng sửa dùm đi', 'feedback'],
  ['xin hỏi lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ là bao nhiêu thế ạ', 'procedure'],
  ['ở chung cư bên em thang máy hỏng cả tuần ban quản lý không sửa, người già phải leo mười mấy tầng ạ', 'feedback'],
  ['thu tuc huong bao hiem that nghiep can nhung gi nhen, tui moi nghi viec', 'procedure'],
  ['bán vé máy bay tết liên hệ em nhé', 'none'],
  ['Đèn đường kiệt 45 Trần Phú hư cả tháng chừ rồi, tối đi răng thấy chi, ai sửa giùm', 'feedback'],
  ['theo doi ho so 000.00.21.H40-260114-0037 giup em', 'dossier_follow'],
  ['cho tôi xem tất cả những phản ảnh tôi đã gửi và tình trạng xử lý', 'my_feedback'],
  ['lam lai cccd bi mat thi toi phai len dau lam z, co ton tien hong', 'procedure'],
  [
    'tôi phản ảnh việc xây dựng trái phép trên đất nông nghiệp ở thôn hai xã bình minh họ đổ móng làm nhà ba tầng mà không thấy ai kiểm tra',
    'feedback',
  ],
  ['cho tui mượn năm trăm ngàn đi ad', 'none'],
  ['Đề nghị lắp thêm biển báo giảm tốc ở ngã ba gần chợ, tuần rồi lại có vụ tai nạn đấy ạ', 'feedback'],
  ['Chừ xóa hết thông tin của tui trong ni đi hỉ, hông xài nữa', 'erase_my_data'],
  ['hiện menu các dịch vụ', 'menu'],
  ['cái hồ sơ cấp phép kinh doanh karaoke của anh, mã H40-260105-0019, bị treo ở phòng văn hóa hả em', 'dossier'],
  ['lý lịch tư pháp số hai xin mấy ngày có ạ, con cần gấp đi xuất khẩu lao động', 'procedure'],
  ['cho toi xem cac ho so dang theo doi', 'follows'],
  ['Mô có chỗ nộp hồ sơ xin trợ cấp cho người khuyết tật hỉ, giấy tờ chi cần', 'procedure'],
  ['GIÁO VIÊN Ở TRƯỜNG THCS ÉP HỌC SINH ĐI HỌC THÊM Ở NHÀ, KHÔNG HỌC THÌ BỊ TRÙ ĐIỂM, ĐỀ NGHỊ XEM XÉT', 'feedback'],
  ['tôi muốn gặp nhân viên tư vấn không muốn nói chuyện với máy', 'handoff'],
  [
    'hồ sơ của tôi mã hát bốn mươi hai sáu không hai hai không không năm một có gì mới thì nhắn cho tôi biết với',
    'dossier_follow',
  ],
  ['làm hộ chiếu online trên cổng dịch vụ công thì mấy ngày có, phí bao nhiêu ạ', 'procedure'],
  ['xổ số miền trung hôm nay ra con mấy', 'none'],
  ['điểm thi vào lớp 10 năm nay bao nhiêu thì đậu trường chuyên', 'none'],
  ['tôi muốn đăng ký nhận các thông báo mới của ủy ban tỉnh về tuyển dụng và việc làm', 'subscriptions'],
  ['tui muon biet app co luu sdt voi ten tui khong', 'my_data'],
  [
    'phản ánh về tình trạng ngặp nước kéo dài ở khu dân cư số bảy mỗi lần mưa lớn nước không thoát được đã ba năm nay',
    'feedback',
  ],
  ['Rang di dang ky ho tich cho con ma can bo bieu phai co giay chung sinh, mat roi thi lam rang', 'procedure'],
  ['thủ tục đăng ký khai sinh quá hạn cho cháu 3 tuổi có bị phạt không ạ', 'procedure'],
  ['Trên đường lên đập thủy lợi có cái ống nước bể phun tung tóe mấy ngày rồi chưa ai sửa nhen', 'feedback'],
  ['theo luật bảo vệ dữ liệu cá nhân tôi muốn xem các thông tin mà hệ thống đang giữ về tôi', 'my_data'],
  ['Tui muốn biết doanh nghiệp 3300987654 ai là người đại diện pháp luật', 'business'],
  ['hs khai sinh cho con e nộp hôm thứ 2 xong chưa ad, mã H40-260302-0415', 'dossier'],
  [
    'kiểm tra giúp tôi hồ sở mã số không không không chấm không không chấm hai mốt chấm hát bốn mươi gạch hai sáu không một hai không gạch không không năm hai',
    'dossier',
  ],
  ['Muong nuoc tuoi ruong bi nguoi ta lap de lam duong di, ruong nha tui kho het roi', 'feedback'],
  ['tui mới mất ba, thủ tục hưởng trợ cấp mai táng phí làm sao nhen', 'procedure'],
  ['Notify me when my dossier H40-260303-0077 is done', 'dossier_follow'],
  ['Mã số thuế 0108765432-002 là của đơn vị nào ạ', 'business'],
  ["Can you speak English? I don't read Vietnamese", 'language'],
  ['tui quên mất mã hồ sơ rồi, coi giùm mấy cái hồ sơ tui nộp được hông', 'my_dossiers'],
  ['trường mầm non thu tiền quá nhiều khoản ngoài quy định, phụ huynh bức xúc lắm ạ', 'feedback'],
  ['cccd gắn chip cho bé 14 tuổi thì làm ở đâu vậy, có cần giấy khai sinh bản gốc hông', 'procedure'],
  ['ho so cua toi dau het roi, lan truoc nop 3 cai ma quen ma so', 'my_dossiers'],
  ['địa chỉ bộ phận một cửa của tỉnh ở đâu và làm việc từ mấy giờ đến mấy giờ', 'help'],
  ['xin giấy phép đào đường để đấu nối nước thì thủ tục thế nào ạ', 'procedure'],
  ['cho tôi xem tiến độ hồ sơ chuyển mục đích sử dụng đất tôi nộp hồm tháng mười hai năm ngoái', 'dossier'],
  [
    'hồ sơ tách thửa nộp ở bộ phận một cửa xã đến giờ được bao nhiêu ngày rồi mà chưa thấy hẹn lấy kết quả ạ',
    'dossier',
  ],
  ['Răng đổi lại tiếng Việt được, tui đọc tiếng Anh hông hiểu', 'language'],
  ['chừ muốn đăng ký thường trú cho vợ về nhà chồng thì làm răng, có cần chủ hộ ký không', 'procedure'],
  ['ho so so H40 260111 0773 da duoc ky chua a', 'dossier'],
  ['Ni cho hỏi cấp đổi giấy phép lái xe hạng A1 có làm trên mạng được không hay phải ra sở', 'procedure'],
  ['ai cần mua đất nền giá rẻ liên hệ 0912 347 865', 'none'],
  ['có người đổ trộm xà bần ra bãi đất trống cạnh trường mầm non ở khu phố 4, nhờ phường kiểm tra dùm', 'feedback'],
  ['Răng tui tra hết mấy hồ sơ của tui theo số điện thoại được không', 'my_dossiers'],
  ['cho tui nói chuyện với người thật đi, bot trả lời hông đúng ý', 'handoff'],
  ['Zalo ni giữ dữ liệu chi của tui hỉ', 'my_data'],
  ['KẾT NỐI TỔNG ĐÀI VIÊN GIÚP TÔI', 'handoff'],
  ['đăng ký nhận thông báo hồ sơ 000 00 07 H40 251230 0112 nhé', 'dossier_follow'],
  ['Xưởng gỗ cạnh nhà tui chạy máy cưa cả đêm, ồn hông ngủ được, con nhỏ khóc hoài', 'feedback'],
  ['tui kiến nghị xã làm lại cây cầu khỉ bắc qua kênh ở ấp 5, học sinh đi học qua đó té hoài', 'feedback'],
  ['Công ty mà ông chủ nợ lương tui có mst 0402118765, coi giùm còn hoạt động hay đã giải thể rứa', 'business'],
  ['e bận không tra thường xuyên được, hồ sơ sổ đỏ có kết quả thì nhắn e qua zalo được không ạ', 'dossier_follow'],
  ['Mở menu chính cho tui coi', 'menu'],
  ['tôi muốn xóa toàn bộ dữ liệu cá nhân của tôi theo luật chín mươi mốt', 'erase_my_data'],
  [
    'Nhà em mất sổ hộ khẩu giấy rồi, giờ cần xác nhận thông tin cư trú để làm hồ sơ cho con đi học thì xin ở đâu ạ',
    'procedure',
  ],
  ['tra hs giup minh: H40.260127.0562', 'dossier'],
  [
    'Tui góp ý là nên có chỗ gửi xe cho người dân đi làm thủ tục ở trung tâm hành chính, chừ phải để ngoài đường bị thổi phạt',
    'feedback',
  ],
  ['Mô rồi hồ sơ cấp lại CCCD của tui, mã 000.00.05.H40-260224-0038 á', 'dossier'],
  ['thứ bảy bên mình có làm việc không rứa', 'help'],
  ['phan anh so 1188 da chuyen cho ai xu ly vay ad', 'feedback_ticket'],
  ['hồ sơ trợ cấp khuyết tật cho ba tui nộp ở xã hơn 2 tháng rồi, hổng biết tới đâu', 'dossier'],
  ['status of my report PA-2026-000598?', 'feedback_ticket'],
  ['Răng tui coi lại hết mấy phản ánh đã gửi được rứa', 'my_feedback'],
  [
    'tui muốn chuyển mục đích sử dụng đất từ đất vườn lên đất ở, thủ tục ra sao, tốn bao nhiêu tiền dzậy mấy anh chị',
    'procedure',
  ],
  ['cai giay chung nhan an toan thuc pham cho quan com nho thi xin o dau vay ad', 'procedure'],
  ['tôi muốn ngừng nhận tất cả các thông báo từ trang này', 'unsubscribe'],
  ['Cái phản ánh ổ gà số PA-2026-001022 tui gửi tuần rồi, xã đã coi chưa hỉ', 'feedback_ticket'],
  ['kiem tra dum tui ho so 000.00.09.H40-260220-0066 nhen', 'dossier'],
  ['000.00.12.H40-260205-1187 sao trễ hẹn rồi mà vẫn chưa trả kết quả vậy', 'dossier'],
  ['tỷ giá đô hôm nay nhiêu rứa', 'none'],
  ['tôi không muốn nhận tin nhắn cập nhật hồ sơ khai sinh nữa vì đã nhận giấy rồi', 'dossier_unfollow'],
  ['Tiền điện tháng này nhà tui tăng gấp đôi, tra giùm hóa đơn điện', 'none'],
  ['Kiến nghị tăng chuyến xe buýt tuyến 05 giờ cao điểm ạ, sáng nào cũng chen chúc không lên được', 'feedback'],
  ['my applications list pls, i lost the receipt', 'my_dossiers'],
  ['Răng đăng ký tạm trú cho người thuê trọ mà phải làm online, chủ trọ khai hay người thuê khai rứa', 'procedure'],
  ['cho e hỏi thủ tục tách thửa đất nông nghiệp thì nộp ở mô ạ, mất bao lâu thế ạ', 'procedure'],
  ['Hồ sơ lý lịch tư pháp nộp online bữa 3/3 có kết quả chưa rứa ad', 'dossier'],
  [
    'How can I register temporary residence as a foreigner renting a house here? what documents are needed',
    'procedure',
  ],
  ['mst 0106543219 ngung hoat dong chua a, em dinh ky hop dong voi ben nay', 'business'],
  ['xoa sdt cua e khoi he thong nha', 'erase_my_data'],
  [
    'cho tui hỏi đăng ký biến động đất đai khi mua bán thì nộp hồ sơ ở văn phòng đăng ký đất đai hay ở xã dzậy',
    'procedure',
  ],
  ['Em gửi phản ánh mã PA-ZL-2026-000314 về rác thải, chừ có ai xuống chưa ạ', 'feedback_ticket'],
  ['đăng ký nhận thông báo về giáo dục với y tế', 'subscriptions'],
  ['hướng dẫn sử dụng cái zalo này với, tui lớn tuổi không rành', 'help'],
  ['Tra phản ánh số 452 giúp em ạ', 'feedback_ticket'],
  ['Chừ muốn nhận thông báo lịch tiêm chủng cho con thì đăng ký răng', 'subscriptions'],
  ['tối nay Việt Nam đá với Thái mấy giờ rứa', 'none'],
  ['cột điện ở đầu ngõ 12 nghiêng sắp đổ, dây điện võng sát đầu người đấy ạ', 'feedback'],
  ['vay tien ngan hang agribank lai suat bao nhieu', 'none'],
  ['kiểm tra tiến độ xử lý phản ánh PA-2026-000056 nhé', 'feedback_ticket'],
  ['tra thông tin hộ kinh doanh mst 8012345678-001 nhen', 'business'],
  ['tra so du bao hiem xa hoi cua tui dum', 'none'],
  ['sdt lien he cua ubnd tinh la gi a', 'help'],
  ['Mấy cái xe ba gác chở cát rơi vãi khắp đường tỉnh lộ 8, bụi mù trời, chạy xe không thấy đường luôn', 'feedback'],
  [
    'chứng thực bản sao giấy tờ thì mất bao nhiêu tiền một trang ạ chứng thực ở đâu cũng được hay phải về nơi thường trú',
    'procedure',
  ],
  ['con tôi sinh ở Sài Gòn mà về quê đăng ký khai sinh được không hay phải làm trong bển', 'procedure'],
  ['nha may gach o thon 4 xa khoi den mu troi, nguoi gia tre nho ho suot, xin chinh quyen xem lai', 'feedback'],
  ['ho so 000.00.21.H40-260114-0037 cua tui toi dau roi dzay', 'dossier'],
  ['trích lục khai tử cho ông nội mất năm rồi, giờ xin lại bản sao thì làm ở đâu ạ', 'procedure'],
  ['Tui muốn nhận tin thời tiết, bão lũ của tỉnh nhen', 'subscriptions'],
  ['Can you check my application status? Code 000.00.21.H40-260301-0210', 'dossier'],
  ['xin cấp bản sao giấy chứng nhận kết hôn vì bản chính bị ướt mục rồi, làm ở đâu ạ', 'procedure'],
  ['Chừ làm giấy xác nhận cư trú thì có phải lên công an xã không hay làm trên VNeID được', 'procedure'],
  ['e có đăng ký theo dõi hs nào chưa nhỉ', 'follows'],
  ['nhà hàng xóm hát karaoke tới 12 giờ đêm ngày nào cũng thế, báo công an phường rồi mà không ai xử lý ạ', 'feedback'],
  ['cho e chọn chủ đề nhận tin với ạ', 'subscriptions'],
  ['em nộp hồ sơ đăng ký kinh doanh tuần trước mà chưa thấy ai gọi, tra giúp em với ạ', 'dossier'],
  ['pa-zl-2026-001205 sao chưa thấy trả lời rứa', 'feedback_ticket'],
  ['số đường dây nóng của tỉnh là số mấy dzậy', 'help'],
  ['cho mình hỏi cấp lại giấy chứng nhận quyền sử dụng đất bị mất thì mất bao lâu vậy', 'procedure'],
  ['giờ nghỉ trưa của trung tâm hành chính công là mấy giờ thế ạ', 'help'],
  ['con tui 5 tuổi ho sốt 3 ngày rồi uống thuốc gì ạ', 'none'],
  ['tra mst 0315577204 giùm tui coi công ty này còn hoạt động hông', 'business'],
  ['chao may anh chi can bo nha', 'welcome'],
  ['hôm nay trời có mưa không để tôi đi đám cưới', 'none'],
  ['hồ sơ đăng ký kết hôn của tụi em nộp hôm 20 đã duyệt chưa vậy ạ, cuối tháng tụi em cưới rồi', 'dossier'],
  ['bật thông báo cho hs H40-260126-0231 dùm', 'dossier_follow'],
  ['Răng mà đăng ký kết hôn với người nước ngoài lâu rứa hỉ, cần giấy tờ chi hết á', 'procedure'],
  ['tui gửi phản ánh mấy lần rồi mà quên số, coi hết giùm được hông', 'my_feedback'],
  ['thôi không nhận tin giáo dục nữa nhé, chỉ giữ thời tiết thôi', 'unsubscribe'],
  ['hello can u help me write my english essay', 'none'],
  ['Chừ có cán bộ mô đang trực không hỉ, cho tui gặp', 'handoff'],
  [
    "The streetlights on the riverside walkway near the night market have been off for a week, it's really dark and unsafe",
    'feedback',
  ],
  ['Dữ liệu cá nhân của tôi đang được lưu những gì', 'my_data'],
  ['thay đổi họ tên cho con từ họ mẹ sang họ cha thì làm thủ tục cải chính hay thay đổi hộ tịch ạ', 'procedure'],
  ['cho tôi hỏi làm sổ đỏ lần đầu thì cần những dấy tờ gì và mất bao nhiêu ngày tôi ở xã hòa phong', 'procedure'],
  ['Khi nào hồ sơ H40-260219-0088 có kết quả thì báo tui liền nhen', 'dossier_follow'],
  ['wifi nhà em yếu quá gọi ai sửa vậy', 'none'],
  ['có bão về thì nhắn cho tui biết với, nhà tui ở ven biển xã Hải Ninh', 'subscriptions'],
  ['mấy ông chính quyền nghĩ gì về chuyện bầu cử Mỹ', 'none'],
  ['thu tuc xin giay phep sua chua nha o trong pho co can ko a', 'procedure'],
  ['chợ tạm lấn chiếm hết lòng đường Lê Lợi buổi sáng, xe cứu thương vô không được', 'feedback'],
];

// Tuning 60 (250 messages, written blind on 2026-12-05 from the list of labels only, to be learnt from, not to
// study: long stories, the request buried among background and a second subject).
const batch60Tune: [string, string][] = [
  [
    'Chào anh chị, tôi ở thôn 3 xã Hòa Phong, vợ tôi mới sinh bé thứ hai hôm 12 vừa rồi, mẹ tròn con vuông. Tôi đi làm xa nên giờ mới về được, mà hàng xóm bảo phải làm khai sinh trong 60 ngày không là bị phạt, nghe mà lo. Cho tôi hỏi làm khai sinh cho cháu cần mang những giấy tờ gì, có làm online được không hay phải lên xã ạ?',
    'procedure',
  ],
  [
    'em chao ad, chuyen la em voi ban trai quen nhau 5 nam roi, ba ma hai ben cung dong y het, tinh cuoi cuoi nam nay. ma ảnh ho khau o Long An con em o day nen hai dua ko biet dang ky ket hon thi di dau lam. co can giay xac nhan tinh trang hon nhan ko, ton bao lau vay ad? em cam on nhieu nha',
    'procedure',
  ],
  [
    'Tui ở Quảng Điền, cái cccd của tui bựa trước đi ghe bị rớt xuống sông mất rồi, mạ tui la quá trời. Tui đi làm công ty ngoài Đà Nẵng nên chỉ xin nghỉ được ít bữa thôi. Chừ muốn làm lại thì lên mô làm, có mất tiền không, bao lâu thì có rứa ad?',
    'procedure',
  ],
  [
    'Tôi năm nay 68 tuổi, có mảnh đất ông cha để lại từ năm 1985 đến giờ vẫn chưa có sổ đỏ. Các con muốn tôi làm sổ để sau này chia cho chúng nó khỏi tranh chấp. Cán bộ địa chính xã thì lần nào tôi lên cũng bảo đi vắng, chờ mãi mấy lần rồi. Xin hỏi thủ tục cấp giấy chứng nhận lần đầu cần những giấy tờ gì và lệ phí bao nhiêu ạ.',
    'procedure',
  ],
  [
    'hi ad, e mới ra trường đang tính mở 1 tiệm trà sữa nhỏ gần trường cấp 3, vốn ít thôi nên định làm hộ kinh doanh cho gọn. mà e search gg thì mỗi trang nói 1 kiểu, đọc xong còn rối hơn. đky hộ kd thì cần những gì, nộp ở đâu, mấy ngày có giấy z ad?',
    'procedure',
  ],
  [
    'alo cho tôi hỏi nhà tôi đang tính xây lại cái nhà cấp 4 thành nhà 2 tầng mà ông tổ trưởng nói phải xin giấy phép xây dựng chứ không là bị lập biên bản tôi thấy hàng xóm xây có xin đâu mà có sao đâu nhưng mà thôi cho chắc thì xin giấy phép xây nhà ở nông thôn cần hồ sơ gì vậy',
    'procedure',
  ],
  [
    'Dạ con chào các cô chú. Ông nội con mới mất tuần trước, nhà lo hậu sự xong xuôi rồi. Giờ ba con nói phải đi khai tử cho ông để còn làm giấy tờ đất, mà ba con làm ruộng cả đời không rành mấy chuyện này. Cô chú cho con hỏi khai tử thì cần mang theo gì, ai đi khai cũng được hay phải là con ruột ạ?',
    'procedure',
  ],
  [
    'toi muon hoir thur tucj chuyeenr nhuowngj quyeenf suwr dungj ddaats. toi mua 1 lo dat cua ong hang xom, da lam giay tay tu nam ngoai, gio nguoi ta noi phai cong chung roi sang ten moi chac an. can nhung giay to gi va dong thue bao nhieu phan tram',
    'procedure',
  ],
  [
    'Hello, I am a Korean national working at a factory in the industrial zone here for 2 years. My Vietnamese girlfriend and I want to get married next spring and her family is very happy about it. But nobody at the factory knows what papers a foreigner needs to register a marriage in Vietnam. Could you tell me the procedure and where we should submit it?',
    'procedure',
  ],
  [
    'Tui bán tạp hóa ở chợ xã cũng gần chục năm rồi, giờ con gái tui nó nói muốn bán thêm rượu bia thì phải có giấy phép bán lẻ rượu gì đó. Tui hổng biết chữ nhiều, lên xã hỏi thì cán bộ nói lên huyện, lên huyện thì biểu về làm online. Mệt quá trời. Cho tui hỏi giấy phép bán rượu cần gì, làm ở đâu nghen.',
    'procedure',
  ],
  [
    'Em là giáo viên hợp đồng, sắp tới chuyển công tác về quê chồng ở huyện bên cạnh. Em muốn chuyển hộ khẩu, à giờ gọi là đăng ký thường trú, cho em và con về nhà chồng. Công an xã bảo làm trên VNeID mà em thử mãi không được. Cho em hỏi thủ tục đăng ký thường trú cần những giấy tờ gì ạ, nếu làm trực tiếp thì nộp ở đâu?',
    'procedure',
  ],
  [
    'O ơi cho con hỏi với, con đi xuất khẩu lao động bên Nhật về được 3 năm rồi, giờ tính đi lại đợt 2. Công ty môi giới thì hối quá trời mà con chưa biết làm răng. Xin phiếu lý lịch tư pháp thì xin số 1 hay số 2, làm ở mô, mất mấy ngày rứa o?',
    'procedure',
  ],
  [
    'TÔI CÓ XE MÁY MUA LẠI CỦA NGƯỜI QUEN TỪ 2019 GIỜ MUỐN SANG TÊN MÀ CHỦ CŨ ĐI NƯỚC NGOÀI RỒI LIÊN LẠC KHÔNG ĐƯỢC. ĐI HỎI MẤY CHỖ NGƯỜI THÌ BẢO KHÔNG LÀM ĐƯỢC NGƯỜI THÌ BẢO ĐƯỢC, NGHE MÀ ĐAU ĐẦU. VẬY THỦ TỤC SANG TÊN XE KHI KHÔNG CÓ CHỦ CŨ THÌ LÀM NHƯ THẾ NÀO',
    'procedure',
  ],
  [
    'chào ad, con trai em 5 tuổi, giấy khai sinh của cháu ghi sai tên đệm, là Văn mà ghi thành Vân. Lúc làm em không để ý, giờ nộp hồ sơ vào lớp 1 thì cô giáo phát hiện ra, em buồn lắm vì lỗi của mình. Thủ tục cải chính hộ tịch để sửa tên trong gks thì cần gì và mất bao lâu vậy ạ',
    'procedure',
  ],
  [
    'Anh chi oi cho em hoi, ba em bi tai bien nam 1 cho gan mot nam nay, ko di lai duoc nua. Nghe noi nguoi khuyet tat nang duoc huong tro cap hang thang ma em ko biet bat dau tu dau. Xac dinh muc do khuyet tat thi nop ho so o dau, can giay to gi a? Nha em kho lam nen mong duoc chi giup.',
    'procedure',
  ],
  [
    'Chào UBND tỉnh. Tôi và 2 người bạn góp vốn làm xưởng cơ khí nhỏ, trước giờ chạy theo hộ kinh doanh nhưng khách hàng lớn đòi hóa đơn công ty. Bên kế toán dịch vụ báo giá thành lập công ty 5 triệu, tôi thấy đắt nên muốn tự làm. Xin hỏi thành lập công ty TNHH 2 thành viên thì chuẩn bị hồ sơ gì, nộp qua mạng được không?',
    'procedure',
  ],
  [
    'Bà cháu năm nay 82 tuổi, nghe loa xã thông báo người cao tuổi được trợ cấp xã hội mà bà chưa được nhận đồng nào. Hỏi trưởng thôn thì ông ấy ậm ừ bảo để hỏi lại, mà hỏi lại cả tháng rồi chưa thấy gì. Cho cháu hỏi thủ tục hưởng trợ cấp cho người cao tuổi thì làm thế nào, cần những giấy tờ gì ạ.',
    'procedure',
  ],
  [
    'Hi ad, em đang apply học bổng du học Úc, bên trường yêu cầu bằng tốt nghiệp với học bạ phải có bản sao chứng thực. Em định ra phường làm nhưng nghe nói đông lắm, phải xếp hàng từ sáng sớm. Chứng thực bản sao từ bản chính thì phí bao nhiêu 1 trang, có làm online được ko ạ? thanks ad nhiều',
    'procedure',
  ],
  [
    'Nhà tui ở xã Phong Hiền, năm ngoái lũ lớn làm sập một bên chuồng bò, rứa mà tới chừ cũng chưa ai xuống coi. Thôi chuyện đó để sau. Chừ tui muốn mở trại heo quy mô vừa thì cần làm thủ tục chi, có phải làm đánh giá tác động môi trường không?',
    'procedure',
  ],
  [
    'Mình làm ở Bình Dương, đứa con mới sinh ở bệnh viện trong đó nhưng quê với hộ khẩu vợ chồng mình đều ở đây. Ông bà nội muốn đăng ký khai sinh ở quê cho tiện sau này cháu đi học. Cho hỏi sinh ở tỉnh khác thì khai sinh ở nơi thường trú của cha mẹ có được không, ông bà nội đi làm thay được không?',
    'procedure',
  ],
  [
    'Dạ em chào anh chị, em là Việt kiều Mỹ về thăm quê, muốn mua lại căn nhà của ông ngoại để lo thờ cúng. Bà con người thì nói Việt kiều không được đứng tên nhà đất, người lại nói được, em nghe mà hoang mang quá. Cho em hỏi người Việt định cư ở nước ngoài có được nhận chuyển nhượng nhà ở không, thủ tục ra sao ạ?',
    'procedure',
  ],
  [
    'cho hỏi là tôi muốn mua bảo hiểm y tế hộ gia đình cho cả nhà 5 người năm ngoái có mua ở bưu điện mà năm nay nghe nói giá lên với lại có giảm cho người thứ 2 thứ 3 gì đó thì giờ đăng ký ở đâu bao nhiêu tiền một người cần mang giấy gì',
    'procedure',
  ],
  [
    'Gửi ban quản trị. Tôi là chủ một homestay nhỏ 5 phòng trên bản, khách Tây đến ở ngày càng đông. Công an xã nhắc phải khai báo tạm trú cho khách nước ngoài, lại còn phải có giấy chứng nhận đủ điều kiện về an ninh trật tự. Tôi không rõ giấy này xin ở đâu, cần những gì, mong được hướng dẫn cụ thể.',
    'procedure',
  ],
  [
    'xin chao, toi dang o nha thue, chu nha bao phai dang ky tam tru ko thi cong an den kiem tra se phat. toi lam cong nhan ca dem nen ban ngay ngu bu, ko ranh len phuong. dangw kys tamj truws online thi lam tren app nao, can chup nhung giay to j',
    'procedure',
  ],
  [
    'Con cháu ơi, bác năm ni 75 tuổi rồi, ở một mình trên núi tê. Sổ hộ nghèo của bác năm ni bị cắt, trưởng thôn nói do nhà có cái xe máy cũ, bác tức lắm mà thôi. Bác muốn hỏi muốn được xét lại hộ cận nghèo thì làm đơn ra răng, nộp cho ai, cần giấy tờ chi?',
    'procedure',
  ],
  [
    'hôm bữa tui đi công chứng hợp đồng tặng cho đất cho thằng con, công chứng viên nói phải có giấy xác nhận tình trạng hôn nhân của tui. Vợ tui mất lâu rồi, tui ở vậy nuôi con. Tui hỏi cái giấy đó xin ở đâu, mất bao lâu, có cần mang giấy chứng tử của bả theo hông?',
    'procedure',
  ],
  [
    'Em chào anh chị ạ. Bằng lái ô tô B2 của em hết hạn từ tháng 3 mà dạo này bận quá quên mất, hôm qua đi đường mới bị CSGT nhắc, may mà chưa phạt. Giờ đổi bằng lái hết hạn dưới 3 tháng thì có phải thi lại không, làm trên cổng dịch vụ công được không ạ?',
    'procedure',
  ],
  [
    "Hi there. I'm an English teacher from Canada and I've been living here about a year. My work permit expires in two months and the school's HR person just quit, so now I have to sort it out myself. What documents are needed to renew a work permit and which office handles it in this province?",
    'procedure',
  ],
  [
    'chao ad, nha em co 1 mieng dat vuon 500m2, muon chuyen 100m2 len dat o de cat nha cho vo chong em ra rieng. Ong ba noi cung dong y roi, chi con giay to thoi. Chuyen muc dich su dung dat thi lam sao, tien su dung dat tinh theo gia nao, co dat lam ko ad?',
    'procedure',
  ],
  [
    'Chào các anh chị, tôi xuất ngũ năm 2024, về địa phương làm thuê linh tinh, chuyện chế độ của tôi thì thôi để sau. Việc gấp bây giờ là vợ tôi vừa bị công ty cắt hợp đồng, đang bầu tháng thứ 5. Xin hỏi thủ tục đăng ký hưởng trợ cấp thất nghiệp cần giấy tờ gì và nộp ở đâu ạ.',
    'procedure',
  ],
  [
    'Chào anh chị, con gái tui học lớp 12, năm ni thi tốt nghiệp xong muốn đi học nghề điều dưỡng. Trường nghề đòi giấy xác nhận hộ nghèo để miễn học phí. Sổ hộ nghèo nhà tui có rồi mà họ nói phải xin giấy xác nhận riêng. Xin giấy đó ở xã hay ở mô, có mất chi phí không?',
    'procedure',
  ],
  [
    'ad ơi cứu e vs, e làm mất bằng tốt nghiệp thpt rồi, đang tính nộp hồ sơ xin việc mà ko có. mẹ e mắng cả buổi tối. cấp lại bằng thì ko đc mà chỉ cấp bản sao thôi đúng ko ad, xin ở sở gd hay ở trường cũ ạ?',
    'procedure',
  ],
  [
    'Dạ chào anh chị, chuyện là má em có một căn nhà đứng tên má, giờ má lớn tuổi muốn làm di chúc để lại cho em út vì nó ở chung chăm sóc má. Mấy anh chị khác trong nhà không phản đối nhưng má sợ sau này lục đục. Cho em hỏi lập di chúc có cần công chứng không hay chứng thực ở xã được, tốn phí bao nhiêu ạ?',
    'procedure',
  ],
  [
    'Kính gửi UBND tỉnh. Công ty tôi có dự án nhà xưởng 2.000m2 trong cụm công nghiệp, đã có quyết định chủ trương đầu tư. Bên tư vấn cứ hẹn lần hẹn lữa mãi không nộp hồ sơ, tôi định tự làm cho xong. Xin hỏi giấy phép môi trường cho dự án nhóm II thì ai có thẩm quyền cấp và thời hạn giải quyết bao nhiêu ngày?',
    'procedure',
  ],
  [
    'cho minh hoi ve thu tuc nhan con nuoi. vo chong minh cuoi 10 nam khong co con, chay chua khap noi roi. gio co be o chua gan nha, so cho minh xin ve nuoi. can dieu kien gi, giay to gi, co mat nhieu thoi gian ko a',
    'procedure',
  ],
  [
    'Tui ở làng chài, có chiếc ghe đánh cá mới đóng xong, dài chừng 13 mét. Mấy anh biên phòng nói phải đăng ký tàu cá với xin giấy phép khai thác mới được ra khơi. Tui đi biển quen rồi chứ giấy tờ thì mù tịt. Cho tui hỏi đăng ký tàu cá làm ở mô, cần chi hỉ?',
    'procedure',
  ],
  [
    'Chào ad, my husband is American, tụi em có con sinh ở Mỹ năm ngoái, giờ về Việt Nam sống luôn. Em muốn ghi khai sinh của con vào sổ hộ tịch Việt Nam để sau này con đi học ở đây. Thủ tục ghi vào sổ việc khai sinh ở nước ngoài cần giấy gì, có phải hợp pháp hóa lãnh sự không ạ?',
    'procedure',
  ],
  [
    'Em bán bánh mì đầu hẻm được 2 năm, mới bị đoàn kiểm tra nhắc phải có giấy chứng nhận an toàn thực phẩm. Em thấy xe bánh mì ngoài đường có ai có giấy đâu mà nhắc mỗi em, hơi buồn. Mà thôi, cho em hỏi làm giấy an toàn thực phẩm cho cơ sở nhỏ thì cần gì, học tập huấn ở đâu ạ.',
    'procedure',
  ],
  [
    'cho tôi hỏi về việc tách thửa đất tôi có mảnh đất 300 mét vuông muốn tách ra làm 2 cho 2 đứa con trai thì diện tích tối thiểu để tách thửa ở xã tôi là bao nhiêu và hồ sơ gồm những gì nộp ở đâu tôi cảm ơn',
    'procedure',
  ],
  [
    'Bựa ni con đi làm hộ chiếu, lên công an tỉnh đứng xếp hàng từ 7 giờ sáng tới trưa rồi bị trả về vì ảnh không đúng chuẩn. Bực mình hết sức. Ad cho con hỏi làm hộ chiếu phổ thông lần đầu cần chuẩn bị chi cho đủ, nộp online thì có phải lên chụp ảnh lấy vân tay không?',
    'procedure',
  ],
  [
    'Toi la chu ho kinh doanh quan cafe, nay muon tam ngung kinh doanh 6 thang vi suc khoe khong tot phai di mo. Khong biet co phai bao cho co quan nao khong, neu khong bao thi co bi phat khong. Thu tuc tam ngung ho kinh doanh lam the nao a',
    'procedure',
  ],
  [
    'Hông biết hỏi ở đây được hông, tui có đứa cháu ngoại cha mẹ nó ly hôn, mỗi đứa đi một nơi, nó ở với tui từ nhỏ. Giờ tui muốn làm giám hộ cho nó để lo giấy tờ đi học, đi bệnh viện. Đăng ký giám hộ thì làm ở xã hả, có cần cha mẹ nó ký gì không?',
    'procedure',
  ],
  [
    'Tôi ở tổ 5 phường Quang Trung, đoạn đường từ ngã ba chợ vào trường tiểu học có cái ổ gà to bằng cái nia, mưa xuống là thành ao. Sáng nay cháu tôi đi xe đạp đi học ngã dúi dụi, rách hết đầu gối. Tôi báo tổ trưởng mấy lần, ông ấy bảo đã báo lên phường mà hai tháng nay chẳng thấy ai ra làm. Đề nghị chính quyền cho sửa gấp trước khi có người chết.',
    'feedback',
  ],
  [
    'Dạ em ở ấp 3, kế bên nhà em có cái quán karaoke hát tới 1-2 giờ sáng, tuần nào cũng vậy. Con em đang ôn thi lớp 10 mà đêm nào cũng không ngủ được. Em qua nói chuyện đàng hoàng thì ổng chửi lại, còn dọa nữa. Em không biết làm sao nữa, mong chính quyền xuống xử lý giùm.',
    'feedback',
  ],
  [
    'Đường lên thôn Khe Tre từ bựa lũ tới chừ sạt lở một đoạn dài, xe máy đi không được phải dắt bộ. Học sinh đi học, người già đi khám bệnh khổ lắm. Tụi tui làm đơn lên xã từ tháng trước mà chưa thấy ai lên coi. Mong tỉnh nắm được tình hình mà chỉ đạo sửa cho bà con.',
    'feedback',
  ],
  [
    'chao ad, khu dan cu em o co bai rac tu phat ngay canh muong thoat nuoc, mui hoi thoi kinh khung, ruoi muoi bu day. tre con trong xom bi sot xuat huyet 3 dua roi. ko biet ai do rac o day, em da chup hinh lai. mong co quan chuc nang xu ly som',
    'feedback',
  ],
  [
    'Tôi xin phản ánh thái độ của một cán bộ bộ phận một cửa UBND xã. Sáng thứ 3 tôi lên nộp giấy tờ, chỉ hỏi lại một câu mà chị ấy quát ngay trước mặt mọi người, bảo không biết đọc à. Tôi 60 tuổi rồi, đi làm việc với chính quyền mà bị đối xử như vậy thấy tủi lắm. Đề nghị lãnh đạo xem lại cách phục vụ dân.',
    'feedback',
  ],
  [
    'Mấy ảnh xây nhà 4 tầng ở đầu hẻm 12 lấn ra lề gần 1 mét, giờ xe cứu thương vô không lọt. Tui hỏi phường thì phường nói đã lập biên bản rồi mà người ta vẫn xây tiếp ầm ầm. Vậy lập biên bản để làm gì? Tui phản ánh lên đây mong tỉnh vô cuộc.',
    'feedback',
  ],
  [
    'Cứ mưa chừng 1 tiếng là khu tái định cư tụi tui ngập tới đầu gối, nước tràn vô nhà. Cống thoát nước làm xong mấy năm chừ nghẹt hết mà không ai nạo vét. Mấy bữa trước nhà tui hư luôn cái tủ lạnh vì nước vô. Mong chính quyền cho người xuống nạo vét cống.',
    'feedback',
  ],
  [
    'Kinh gui UBND, duong lien xa doan qua thon Dong Tam co 6 cot den duong bi hong tu Tet den gio, toi om. Thang qua co 2 vu cuop giat dien thoai cua may chau hoc sinh di hoc them ve. Nguoi dan lo lam, de nghi cho sua den som.',
    'feedback',
  ],
  [
    "Hi, I'm a foreigner living near the riverside park. Every weekend a factory upstream dumps dark, smelly water into the river, and this morning there were dead fish all along the bank. My neighbours say they complained before but nothing happened. I took photos and videos and I want to report this pollution to the authorities.",
    'feedback',
  ],
  [
    'tui muốn phản ánh cái vụ xe ben chở cát chạy qua đường xã ngày đêm đường thì nhỏ mà xe thì chở quá tải bụi mù trời rồi đường nứt hết mấy chỗ nhà tui sát đường mà cửa lúc nào cũng đóng kín vẫn bụi con nít ho hoài',
    'feedback',
  ],
  [
    'Chào ban biên tập. Trường mầm non của con tôi thu thêm tiền tiếng Anh, tiền điều hòa, tiền vệ sinh, cộng lại gần một triệu một tháng ngoài học phí. Phụ huynh ai cũng ngại nhưng không dám nói vì sợ cô để ý con. Tôi muốn phản ánh việc lạm thu này, mong được giữ kín danh tính.',
    'feedback',
  ],
  [
    'Mấy ông hàng xóm thả bò ra quốc lộ ban đêm, tối qua thằng em tui chạy xe về tông trúng con bò, gãy tay nằm viện. Nhắc hoài mà họ không nghe. Tui không đòi bồi thường chi, chỉ mong chính quyền nhắc nhở, xử lý để khỏi có người chết.',
    'feedback',
  ],
  [
    'ad ơi cái cây xà cừ to đùng trước cổng trường THCS sắp đổ rồi, rễ trồi lên nứt hết vỉa hè, thân thì nghiêng hẳn ra đường. bão sắp vào mà đổ là đè chết người đó. nhóm phụ huynh nói mãi mà ko ai xử lý, ad báo giúp với ạ',
    'feedback',
  ],
  [
    'Nha em o gan khu cong nghiep, toi nao cung co mui khet nhu dot nhua, dong cua bat may lanh cung ko het. Ba em bi hen suyen gio tro nang hon, hang xom ai cung than. Mong so tai nguyen moi truong xuong kiem tra coi cong ty nao xa khoi ban dem.',
    'feedback',
  ],
  [
    'Tôi muốn tố cáo việc cán bộ địa chính xã gợi ý tôi bồi dưỡng 5 triệu thì việc đo đạc đất sẽ nhanh hơn. Tôi không đưa, thế là giấy tờ bị trả đi trả lại ba lần vì những lỗi vớ vẩn. Tôi có ghi âm cuộc nói chuyện. Tôi gửi phản ánh này ở đây, mong được bảo mật thông tin người tố cáo.',
    'feedback',
  ],
  [
    'Chợ xã tui họp lấn hết ra tỉnh lộ, sáng mô cũng kẹt xe, xe tải chạy qua suýt tông người mấy lần rồi. Mấy o bán cá thì đổ nước tanh ra đường trơn trượt. Tui không phải ghét chi người buôn bán, chỉ mong xã sắp xếp lại cho an toàn.',
    'feedback',
  ],
  [
    'Hổng biết ai có trách nhiệm, cái cầu khỉ bắc qua rạch ở ấp Tân Lập mục hết mấy tấm ván rồi. Hôm qua bà Tư đi chợ về té xuống rạch, may có người vớt lên. Tụi nhỏ ngày nào cũng đi qua đó đi học. Xin chính quyền làm lại cây cầu giùm bà con.',
    'feedback',
  ],
  [
    'nuoc may khu pho em 1 tuan nay cu vang khe, co mui clo nong nac, nau com ra cung co mui. goi tong dai cty cap nuoc thi ko ai nghe may. ba con trong xom phai mua nuoc binh de uong. mong tinh nhac nho cty cap nuoc xu ly',
    'feedback',
  ],
  [
    'Tôi là giáo viên về hưu, sáng nào cũng đi tập thể dục ở công viên trung tâm. Dạo này các thiết bị tập hỏng gần hết, có cái còn lòi sắt nhọn ra rất nguy hiểm cho trẻ con. Ghế đá thì bị vẽ bậy bẩn thỉu. Tôi đề xuất chính quyền bố trí người bảo trì thường xuyên.',
    'feedback',
  ],
  [
    'Khu phố tui dạo ni chó thả rông nhiều lắm, không rọ mõm chi hết. Tuần trước con bé nhà bên bị chó cắn phải đi chích ngừa dại, tốn cả triệu bạc, mà chủ chó thì chối bay. Đề nghị phường kiểm tra, phạt mấy nhà thả chó rông.',
    'feedback',
  ],
  [
    'Ban đêm có mấy chiếc ghe hút cát trái phép trên sông khúc gần bến đò, máy nổ ầm ầm tới sáng. Bờ sông phía nhà tui sạt mất gần 2 mét đất rồi, mấy cây dừa đổ xuống sông. Tui báo xã mà xã tới nơi thì ghe chạy mất. Mong tỉnh có biện pháp mạnh tay.',
    'feedback',
  ],
  [
    'Tôi phản ánh cổng dịch vụ công của tỉnh rất hay bị lỗi, tuần này tôi đăng nhập 5 lần thì 4 lần báo lỗi hệ thống, tải file pdf 2MB cũng không lên. Cuối cùng vẫn phải xin nghỉ làm để lên tận nơi nộp. Chuyển đổi số mà dân vẫn phải chạy đi chạy lại, đề nghị nâng cấp hệ thống.',
    'feedback',
  ],
  [
    'ad ơi em muốn report cái bãi biển phía Bắc thị trấn, rác nhựa nhiều kinh khủng, toàn chai nhựa với túi ni lông dạt vào. Tuần trước nhóm tình nguyện của em nhặt được 30 bao mà giờ lại đầy như cũ. Có thể đặt thêm thùng rác và cho người dọn định kỳ được không ạ, khách du lịch thấy vậy tệ lắm.',
    'feedback',
  ],
  [
    'Tui làm đơn phản ánh việc ông trưởng thôn tự ý lấy đất công làm bãi giữ xe, thu tiền bỏ túi riêng. Bà con trong thôn ai cũng biết mà không ai dám nói. Tui già rồi, không sợ chi nữa. Mong cơ quan có thẩm quyền về thôn Phú Xuân kiểm tra.',
    'feedback',
  ],
  [
    'hang xom nha toi nuoi lon ngay trong khu dan cu, hon 20 con, phan chay ra rãnh chung boc mui suot ngay. mua he nay nong thi con kinh hon. toi da gap to truong, gap ca phuong nhung chi nhac nho roi de do. de nghi tinh co cach xu ly dut diem',
    'feedback',
  ],
  [
    'Ngã tư trước chợ Bến Đình đèn giao thông tắt cả tuần nay rồi, giờ tan tầm xe cộ chen nhau loạn xạ. Sáng nay tui thấy 2 xe máy tông nhau ngay đó, may không ai sao. Xin báo để bên giao thông sửa đèn gấp dùm.',
    'feedback',
  ],
  [
    'Tôi đưa mẹ đi khám ở bệnh viện đa khoa tỉnh, chờ từ 6 giờ sáng đến 2 giờ chiều mới đến lượt, trong khi ai quen bác sĩ thì được dẫn vào trước. Mẹ tôi 80 tuổi ngồi không nổi. Nhân viên hướng dẫn thì cáu gắt với người nhà. Tôi muốn phản ánh để bệnh viện chấn chỉnh.',
    'feedback',
  ],
  [
    'Bựa ni tui đi ngang trạm y tế xã thấy cửa đóng im ỉm lúc 2 giờ chiều ngày thường, trên cửa ghi giờ làm tới 5 giờ. Mạ tui sốt mà không có ai khám, phải chở ra huyện. Rứa là răng? Tui phản ánh để xã kiểm tra giờ giấc trạm y tế.',
    'feedback',
  ],
  [
    'chao ad, o day nguoi ta dot rom ra ngoai dong moi chieu, khoi bay vao khu dan cu mu mit, tai xe tren quoc lo khong thay duong. em da chung kien 1 vu va cham vi khoi. mong chinh quyen tuyen truyen va cam dot',
    'feedback',
  ],
  [
    'Tôi muốn kiến nghị về việc tuyến xe buýt số 08 bị cắt từ đầu năm mà không có tuyến thay thế. Học sinh và người già ở các xã phía Tây giờ phải đi xe ôm rất tốn kém. Nhiều người đã ký đơn gửi lên sở nhưng chưa có hồi âm. Đề nghị tỉnh cân nhắc mở lại tuyến.',
    'feedback',
  ],
  [
    'ad ơi quán nhậu đầu ngõ bày bàn ghế kín vỉa hè luôn, tụi e đi bộ phải đi xuống lòng đường, tối qua suýt bị xe quẹt. phường đi dẹp có 1 bữa rồi đâu lại vào đấy. ad xử giúp dân với, chứ kiểu này có ngày tai nạn',
    'feedback',
  ],
  [
    'Cột điện trước nhà tui bị nghiêng từ trận bão tháng 9, dây điện võng xuống thấp tới mức xe tải đi qua là quẹt. Tui gọi điện lực thì họ nói để lên lịch, lên lịch mấy tháng chừ. Tui sợ chạm điện lắm, mong tỉnh tác động giùm.',
    'feedback',
  ],
  [
    'Khu đất dự án ở xã Đông Hòa bị bỏ hoang 8 năm nay, cỏ mọc um tùm, thành chỗ tụ tập nghiện hút ban đêm. Dân chúng tôi đã giao đất, nhận tiền đền bù ít ỏi mà dự án không triển khai. Đề nghị tỉnh xem xét thu hồi hoặc có phương án sử dụng.',
    'feedback',
  ],
  [
    'Tui phản ánh chuyện phát tiền hỗ trợ lũ lụt ở ấp 2 không công bằng, nhà ngập nặng thì không có, nhà bà con của ông ấp trưởng ngập sơ sơ lại được. Tui không nói xấu ai, có danh sách đàng hoàng. Mong chính quyền xuống rà soát lại.',
    'feedback',
  ],
  [
    'cho tui phan anh, dat nha tho ho toi bi nha ben canh lan chiem xay tuong rao vao 2 met, da hoa giai o thon 2 lan ko thanh. ho con thach thuc di kien dau thi kien. toi mong chinh quyen xem xet giai quyet dut diem tranh chap nay',
    'feedback',
  ],
  [
    'Tôi là tài xế xe tải, tuyến đường tránh thành phố có đoạn biển hạn chế tốc độ 40 bị cây che khuất hoàn toàn, CSGT đứng ngay sau đó bắn tốc độ. Tôi không cãi chuyện bị phạt, nhưng đề nghị cắt tỉa cây để biển báo rõ ràng cho anh em lái xe.',
    'feedback',
  ],
  [
    "Good afternoon. I run a small diving shop by the beach. Over the past month several fishing boats have been using explosives near the coral reef, you can hear the blasts early in the morning. It's destroying the reef and it's dangerous for tourists. Please pass this report to whoever is in charge.",
    'feedback',
  ],
  [
    'Hồi tháng trước tui đi làm giấy tờ ở văn phòng đăng ký đất đai, có mấy người cò đứng ngay cửa chèo kéo, nói đưa 2 triệu là xong nhanh. Trong khi cán bộ bên trong thì bảo hết số thứ tự. Tui thấy có gì đó mờ ám lắm. Xin phản ánh để tỉnh làm rõ.',
    'feedback',
  ],
  [
    'tui muốn phản ánh đoạn kênh mương nội đồng ở xứ đồng Cửa Truông bị bồi lấp hết rồi nước không về ruộng được vụ ni lúa chết khô gần chục sào của mấy hộ tụi tui đề nghị xã nạo vét kênh sớm kẻo vụ sau cũng mất trắng',
    'feedback',
  ],
  [
    'Gửi UBND. Chung cư tôi ở thang máy hỏng 3 tuần nay, chủ đầu tư đổ cho ban quản trị, ban quản trị đổ cho chủ đầu tư. Nhà có người già ở tầng 15 không xuống được. Quỹ bảo trì thì không ai công khai. Tôi đề nghị cơ quan quản lý nhà ở vào cuộc.',
    'feedback',
  ],
  [
    'Chào ad, em là sinh viên năm 2, hôm qua em thấy có người bán thịt heo bệnh ở chợ tự phát gần trường, thịt màu tái tái, mùi lạ lắm. Em có quay video lại. Không biết có ai quản lý không, em sợ người ta mua về ăn bị bệnh, mong cơ quan thú y kiểm tra.',
    'feedback',
  ],
  [
    'Nhà văn hóa thôn xây xong được nửa năm đã nứt tường, thấm dột khắp nơi, cửa sổ bung bản lề. Dân đóng góp mỗi hộ 2 triệu cộng với vốn nhà nước. Chúng tôi nghi nhà thầu làm ẩu, rút ruột công trình. Xin cơ quan chức năng kiểm tra chất lượng.',
    'feedback',
  ],
  [
    'Tôi nộp hồ sơ cấp đổi sổ đỏ từ tháng 11 năm ngoái, giấy hẹn ghi 30 ngày mà nay đã gần 3 tháng. Mỗi lần gọi lên văn phòng đăng ký đất đai đều bảo đang chờ ký. Con tôi sắp cần sổ để thế chấp vay vốn làm ăn. Mã hồ sơ của tôi là 000.00.21.H40-251118-0203, nhờ kiểm tra giúp giờ đang ở bước nào.',
    'dossier',
  ],
  [
    'em nop ho so dang ky ho kinh doanh online tuan truoc, ma so 000.00.07.H40-260302-0451, ma toi gio chua thay email gi het. tiem em tinh khai truong thang sau, ban be hoi hoai ma em ko biet tra loi sao. ad coi giup em ho so toi dau roi',
    'dossier',
  ],
  [
    'Tui làm giấy phép xây dựng cho cái nhà ở thôn Đông, nộp ở bộ phận một cửa huyện bựa mồng 5 tháng 1. Thợ hồ chờ mấy tuần rồi, tính bỏ đi làm chỗ khác. Mã số trên biên nhận là H40-260105-0022, nhờ ad tra coi xong chưa, có thiếu chi không.',
    'dossier',
  ],
  [
    "Hello, I submitted my application for a temporary residence card about three weeks ago and the officer said it would take 5 working days. I've been checking but there's no news, and my visa is running out soon so I'm getting nervous. The receipt number is 000.00.31.H40-260210-0017. Could you check the status please?",
    'dossier',
  ],
  [
    'ad ơi check hộ e hồ sơ cấp bản sao bằng tốt nghiệp mã 000 00 18 H40 260226 0309 vs ạ. e nộp hơn 1 tuần rồi mà chưa thấy gì. công ty hẹn thứ 2 tuần sau nộp bản sao, ko có là mất suất, e lo quá',
    'dossier',
  ],
  [
    'Dạ chị ơi, em có nộp hồ sơ làm lại giấy khai sinh cho con ở UBND phường hôm thứ 6 tuần trước, mà em làm mất tờ biên nhận rồi. Nhà em con nhỏ lộn xộn quá, tìm hoài không thấy. Hồ sơ khai sinh của bé Nguyễn Gia Hân đó chị, giờ xong chưa vậy chị?',
    'dossier',
  ],
  [
    'cho tui hỏi cái hồ sơ tách thửa đất của tui nộp từ tháng 10 năm ngoái mã hồ sơ là 000.00.25.H40-251014-0088 mà bữa ni vẫn chưa thấy chi hết hỏi xã thì xã nói đã chuyển lên huyện huyện nói chưa nhận được rứa là răng',
    'dossier',
  ],
  [
    'Kính gửi bộ phận một cửa. Công ty tôi nộp hồ sơ điều chỉnh giấy chứng nhận đăng ký đầu tư, mã H40.2-260120-0014, đến nay đã quá hạn 10 ngày. Đối tác nước ngoài đang chờ để chuyển vốn, ngày nào cũng gửi email hỏi. Đề nghị cho biết hồ sơ đang vướng ở khâu nào.',
    'dossier',
  ],
  [
    'ho so xin tro cap nguoi cao tuoi cho ba noi toi ma so 000.00.12.H40-260108-0156 nop gan 2 thang roi. ba toi nam nay 85 tuoi, tuan nao cung hoi tien tro cap ve chua, toi cu phai noi doi la sap co. toi muon biet ho so da duoc duyet chua',
    'dossier',
  ],
  [
    'Chào ad, tui là người nộp hồ sơ đăng ký kết hôn với chồng người Hàn ở sở tư pháp hồi tháng trước. Bên nớ ảnh đặt vé bay qua rồi mà tụi tui chưa biết ngày mô nhận giấy. Mã hồ sơ 000.00.01.H40-260212-0007. Nhờ ad tra giúp tình trạng hồ sơ.',
    'dossier',
  ],
  [
    'Sáng nay tôi ra xã hỏi hồ sơ chứng thực hợp đồng mua bán đất thì cô cán bộ bảo người phụ trách đi họp, chiều quay lại. Chiều quay lại thì bảo mai. Tôi mất toi cả ngày công. Cái hồ sơ mã 000.00.33.H40-260304-0120 ấy đã được ký chưa, tôi muốn biết trước khi đi thêm lần nữa.',
    'dossier',
  ],
  [
    'Hồ sơ chuyển mục đích sử dụng đất của má tui nộp ở huyện hồi tháng 12, mã 000.00.09.H40-251220-0245. Nghe người ta nói có thông báo nộp tiền sử dụng đất rồi mà tui chưa nhận được giấy gì hết. Ad tra giùm coi hồ sơ tới bước nộp thuế chưa nha.',
    'dossier',
  ],
  [
    'e chào ad, e nộp hs cấp lại cccd do mất ví hồi tháng trước, bên công an nói 7 ngày mà h gần 1 tháng vẫn chưa có. e sắp đi phỏng vấn visa cần cccd gấp lắm. mã hs e nè H40-260201-0315, ad xem giúp e với ạ',
    'dossier',
  ],
  [
    'Bác có nộp hồ sơ xin cấp giấy chứng nhận quyền sử dụng đất lần đầu cho mảnh vườn ở xóm Trại từ trước Tết. Bác không nhớ mã số gì cả, tờ giấy hẹn thì thằng cháu nó cất đâu mất. Hồ sơ đứng tên Nguyễn Văn Thắng. Các cháu xem giúp bác đã có sổ chưa.',
    'dossier',
  ],
  [
    "Hi, my company filed for a change of business registration (new legal representative) on March 3rd, reference 000.00.05.H40-260303-0198. Our bank won't release a loan until they see the updated certificate, so timing really matters for us. Can you tell me where it stands right now?",
    'dossier',
  ],
  [
    'Mạ tui nộp hồ sơ hưởng chế độ thờ cúng liệt sĩ cho ông ngoại ở phòng lao động huyện mấy tháng rồi, mã 000.00.27.H40-251205-0061. Mạ tui già yếu, ngày mô cũng nhắc. Tui ở xa không về hỏi được, nhờ ad coi giúp có kết quả chưa.',
    'dossier',
  ],
  [
    'xin hoi ho so doi giay phep lai xe cua toi ma 000 00 41 h40 260216 0033 da xong chua a. toi nop online va chon nhan qua buu dien nhung chua thay buu ta goi. bang cu cua toi sap het han roi, chay xe ma lo lo',
    'dossier',
  ],
  [
    'Em làm hồ sơ xin việc mà cần phiếu lý lịch tư pháp, nộp online cả tháng rồi chưa thấy. Ông chủ mới hối hoài, nói không có thì thôi khỏi nhận. Em đang rối lắm. Mã là 000.00.14.H40-260207-0412, ad tra giùm em bữa nào có.',
    'dossier',
  ],
  [
    'Tôi nộp hồ sơ đăng ký biến động đất đai do thừa kế, mã số H40-251229-0177. Gia đình có năm anh chị em, ai cũng sốt ruột gọi hỏi tôi suốt, giờ tôi chẳng biết trả lời thế nào. Nhờ tra giúp hồ sơ đã đến đâu rồi.',
    'dossier',
  ],
  [
    'Hồ sơ giấy phép xây dựng nhà tui ở huyện Phong Điền, đứng tên Trần Thị Lài, nộp hôm 20 tháng 2. Chồng tui giữ biên nhận mà ổng đi biển cả tháng mới về. Thợ đang đợi khởi công, tui sốt ruột lắm. Xin hỏi đã có giấy phép chưa?',
    'dossier',
  ],
  [
    'cho tôi hỏi tình trạng hồ sơ 000.00.23.H40-260115-0094 là hồ sơ xin giấy phép kinh doanh karaoke của tôi nộp từ giữa tháng 1 đến nay phòng cảnh sát phòng cháy đã kiểm tra xong xuôi rồi mà vẫn chưa thấy trả kết quả',
    'dossier',
  ],
  [
    'Hồ sơ đăng ký thường trú cho vợ tui về ở nhà tui, mã 000.00.16.H40-260221-0029, công an phường nói 7 ngày mà nay 12 ngày rồi. Vợ tui mang bầu sắp sanh, cần có thường trú để làm thẻ bảo hiểm cho con. Nhờ ad coi giúp hồ sơ tới đâu.',
    'dossier',
  ],
  [
    'Chào admin. Em là kế toán, công ty em nộp hồ sơ cấp giấy chứng nhận đủ điều kiện ATTP tại sở y tế, mã số 000.00.20.H40-260125-0060. Sếp ngày nào cũng hỏi mà em không biết trả lời sao, bị mắng mấy lần rồi. Anh chị check status hộ em với ạ.',
    'dossier',
  ],
  [
    "Xin chào, I'm Vietnamese-Australian, tôi nộp hồ sơ xin xác nhận có quốc tịch Việt Nam tháng trước, mã 000.00.01.H40-260118-0002. Gia đình bên Úc hỏi hoài ngày mô về. Nhờ xem giúp tình trạng hồ sơ ạ.",
    'dossier',
  ],
  [
    'toi co nop ho so xin mien giam tien su dung dat cho gia dinh chinh sach o xa tu dau nam, ten chu ho Le Van Binh. hom truoc len hoi thi can bo bao dang trinh, hoi trinh ai thi khong noi. gio da duyet chua vay, toi la con trai ong Binh',
    'dossier',
  ],
  [
    'Năm ngoái đến giờ tôi nộp khá nhiều hồ sơ: nào sổ đỏ, nào giấy phép xây dựng, nào đăng ký kinh doanh cho vợ. Giấy hẹn thì để lẫn lộn, đứa cháu dọn nhà vứt mất mấy tờ. Giờ tôi chẳng nhớ mã số nào. Có cách nào xem hết các hồ sơ tôi đã nộp không ạ?',
    'my_dossiers',
  ],
  [
    'em quen ma ho so roi ad oi, em nop may cai luc lam giay to cho quan an cua em, giay ve sinh, giay kinh doanh, ruou bia. gio muon coi het 1 luot cai nao xong cai nao chua. em dung sdt zalo nay de khai luc nop do',
    'my_dossiers',
  ],
  [
    'Tui già rồi hay quên, hồ sơ nộp cái chi cũng không nhớ mã. Con tui nói có cách coi danh sách hồ sơ theo số điện thoại. Ad cho tui coi hết mấy cái hồ sơ của tui với, số zalo ni là số tui khai lúc nộp.',
    'my_dossiers',
  ],
  [
    "Hi, I've filed several applications with the province over the past few months (work permit, residence, a business license for my café) and honestly I've lost track of them. Can I see a list of all my dossiers using my phone number?",
    'my_dossiers',
  ],
  [
    'ad ơi e quên sạch mã hs rồi, chụp màn hình lưu trong đt mà đt hỏng mất, mang đi sửa thợ bảo mất hết dữ liệu. cho e xem tất cả hs của e đc k ạ',
    'my_dossiers',
  ],
  [
    'Tôi là con trai trưởng nên lo giấy tờ cho cả nhà, từ khai tử cho bố đến thừa kế đất, rồi hộ khẩu cho em dâu. Từ đầu năm đến giờ nộp đến 5-6 bộ hồ sơ bằng số điện thoại này. Xin cho xem danh sách toàn bộ hồ sơ và tình trạng từng cái.',
    'my_dossiers',
  ],
  [
    'Chào ad, hôm trước tui lên huyện hỏi hồ sơ thì cán bộ biểu đọc mã, tui đâu có nhớ, bị người ta nhìn như người ngu vậy. Buồn thiệt. Giờ tui muốn coi tất cả hồ sơ tui đã nộp ở đây luôn cho chắc, khỏi phải lên.',
    'my_dossiers',
  ],
  [
    'cho toi xem cac ho so cua toi dang xu ly, toi khong nho ma. toi co chia se so dien thoai zalo roi ma. nhan tien nam moi chuc ad suc khoe, lam viec vui ve',
    'my_dossiers',
  ],
  [
    'Bựa ni tui bị mất cái túi đựng giấy tờ, trong đó có mấy tờ biên nhận hồ sơ. Tìm khắp nhà không ra, vợ tui càm ràm cả bữa. Ad cho tui coi lại hết các hồ sơ tui đã nộp được không, tui xài số ni để nộp.',
    'my_dossiers',
  ],
  [
    'Công ty em nhỏ, em vừa là giám đốc vừa là người chạy giấy tờ luôn. Mấy tháng nay nộp hồ sơ lia lịa, giờ không biết cái nào xong cái nào chưa. Ad liệt kê giúp em toàn bộ hồ sơ em đã nộp nha.',
    'my_dossiers',
  ],
  [
    'Xin chào, my mom asked me to help her, bà nộp mấy hồ sơ ở xã mà không nhớ mã nào hết. Bà dùng số Zalo này khi nộp. Có thể show hết list hồ sơ của bà được không ạ?',
    'my_dossiers',
  ],
  [
    'tôi muốn xem tất cả các hồ sơ thủ tục hành chính mà tôi đã nộp từ trước đến nay vì tôi không còn giữ giấy biên nhận nào cả nhờ kiểm tra giúp theo số điện thoại của tôi',
    'my_dossiers',
  ],
  [
    'Hồ sơ cấp giấy chứng nhận quyền sử dụng đất của tôi mã 000.00.21.H40-260129-0071 nghe nói sắp xong. Tôi đi làm trên công trường cả ngày, không có thời gian hỏi suốt. Khi nào hồ sơ có kết quả thì nhắn báo tôi được không?',
    'dossier_follow',
  ],
  [
    'Em chờ cái hồ sơ khai sinh cho con mã H40-260305-0140 mà ngày nào cũng vô kiểm tra, mệt quá. Em đang ở cữ, ít khi cầm điện thoại, mẹ chồng còn la. Có cách nào tự động báo cho em khi nó xong hông ad?',
    'dossier_follow',
  ],
  [
    'ho so xin giay phep kinh doanh van tai cua tui ma 000.00.35.H40-260222-0051. tui chay xe duong dai, nhieu khi ca tuan ko vo mang duoc. nho ad bao cho tui khi nao ho so co thay doi',
    'dossier_follow',
  ],
  [
    "I submitted my work permit renewal, code 000.00.31.H40-260227-0083. Rather than pestering you every day, could you notify me automatically when its status changes? I'm travelling for work next week and might not check. Thank you.",
    'dossier_follow',
  ],
  [
    'ad ơi hs cấp đổi cccd của e mã 000 00 16 H40 260301 0204 đó, khi nào có kq thì nhắn e với nha. e hay quên check lắm, lần trước để quá hạn lấy bị mắng',
    'dossier_follow',
  ],
  [
    'Mẹ tôi có hồ sơ trợ cấp mã 000.00.12.H40-260214-0199, bà không dùng điện thoại thông minh nên tôi đăng ký thay. Xin cho theo dõi hồ sơ này, hễ có tiến triển gì thì báo vào Zalo của tôi.',
    'dossier_follow',
  ],
  [
    'cho tui đăng ký nhận thông báo cho hồ sơ tách thửa mã 000.00.09.H40-260110-0066 hồ sơ này lâu quá rồi tui sợ có yêu cầu bổ sung giấy tờ gì mà không biết để trễ',
    'dossier_follow',
  ],
  [
    'Công ty tui nộp hồ sơ xin cấp giấy phép môi trường, mã H40-260118-0009, giám đốc dặn hễ có yêu cầu bổ sung chi là phải báo liền. Tui làm hành chính, việc nhiều không xuể. Cho tui theo dõi hồ sơ ni để có thông báo tự động.',
    'dossier_follow',
  ],
  [
    'dang ky theo doi ho so 000.00.23.H40-260302-0011 giup toi, khi nao co ket qua thi bao. lan truoc toi cho lau qua nen lo han phai di lam lai tu dau',
    'dossier_follow',
  ],
  [
    'Hi ad, bạn em nói bot này có chức năng follow hồ sơ. Em có hồ sơ đăng ký kết hôn mã 000.00.05.H40-260306-0022, đám cưới cận ngày rồi. Ad bật thông báo giúp em nha, có kq là ping em liền.',
    'dossier_follow',
  ],
  [
    'Hồ sơ sổ đỏ mã 000.00.21.H40-251118-0203 của tôi đã nhận kết quả rồi, cảm ơn các anh chị. Nhưng ngày nào vẫn còn tin nhắn báo về hồ sơ đó, con tôi bảo tắt đi cho đỡ phiền. Nhờ hủy theo dõi hồ sơ này giúp.',
    'dossier_unfollow',
  ],
  [
    'Em đăng ký nhận thông báo hồ sơ H40-260305-0140 hồi tháng trước, giờ bé có giấy khai sinh rồi. Điện thoại cứ ting ting hoài làm bé giật mình. Ad tắt thông báo hồ sơ này giùm em nha.',
    'dossier_unfollow',
  ],
  [
    'ho so do toi rut lai roi, khong lam nua vi gia dinh thay doi y dinh, chuyen dai dong lam. ma 000.00.25.H40-260203-0048. xin ngung gui thong bao ve ho so nay cho toi.',
    'dossier_unfollow',
  ],
  [
    'Hi, I finally got my work permit yesterday, so I no longer need updates on dossier 000.00.31.H40-260227-0083. Thanks for the help along the way. Please stop the notifications for it.',
    'dossier_unfollow',
  ],
  [
    'ad ơi bỏ theo dõi hs 000 00 16 H40 260301 0204 giùm e, cccd e nhận rồi. mà noti cứ báo đi báo lại, nửa đêm cũng rung, e bực lắm',
    'dossier_unfollow',
  ],
  [
    'Tôi theo dõi giúp ông hàng xóm một hồ sơ mã 000.00.33.H40-260211-0130, nhưng giờ con trai ông ấy ở Hà Nội về lo rồi, tôi không cần nhận tin nữa. Xin bỏ theo dõi hồ sơ đó cho tôi.',
    'dossier_unfollow',
  ],
  [
    'tui muốn hủy nhận tin hồ sơ tách thửa 000.00.09.H40-260110-0066 vì đã lên huyện lấy kết quả rồi không cần nhắn nữa cảm ơn mấy em',
    'dossier_unfollow',
  ],
  [
    'Dạo trước tôi có bấm theo dõi mấy hồ sơ, của tôi có, của bố mẹ có, giờ quên mất đã theo dõi những cái nào. Tin nhắn về thì lẫn lộn, đọc chẳng biết của ai. Cho tôi xem danh sách hồ sơ đang nhận thông báo.',
    'follows',
  ],
  [
    'Ad ơi em nhận thông báo hoài mà không biết em đang theo dõi những hồ sơ nào. Có mấy cái em không nhớ mình đăng ký hồi nào luôn, chắc tại chồng em cầm máy bấm. Cho em coi danh sách nha.',
    'follows',
  ],
  [
    'tui muon xem tui dang theo doi nhung ho so nao, cai nao con nhan thong bao. dien thoai tui cu bao tin hoai ma tui ko biet cua cai nao',
    'follows',
  ],
  [
    "Which dossiers am I currently following? I set up alerts for a few of my clients' applications last month and now I'm not sure which ones are still on. I need to check the list before our meeting tomorrow.",
    'follows',
  ],
  ['ad cho e xem list hs e đang follow vs, e follow cả hs của bố mẹ nữa mà h lú ko nhớ cái nào với cái nào', 'follows'],
  [
    'Tôi là cán bộ hưu, nhận ủy quyền làm giấy tờ giúp họ hàng nên có đăng ký nhận tin cho mấy hồ sơ. Giờ tuổi cao trí nhớ kém. Muốn rà lại xem mình đang theo dõi những hồ sơ nào.',
    'follows',
  ],
  [
    'cho tui coi những hồ sơ nào tui đang đăng ký nhận thông báo trên zalo này tui nhớ có một hai cái mà không chắc tại hôm đó con gái tui bấm giùm',
    'follows',
  ],
  [
    'Công ty tôi sắp ký hợp đồng mua vật liệu với một đơn vị mới, họ gửi mã số thuế 0108765432 nhưng giá rẻ bất thường. Năm ngoái tôi đã bị một công ty ma lừa mất 200 triệu, giờ nhìn đâu cũng sợ. Nhờ tra giúp mã số thuế này xem công ty còn hoạt động không, ai là người đại diện.',
    'business',
  ],
  [
    'em dang di xin viec, co cty gui thu moi phong van ma ko ghi dia chi ro rang, chi ghi mst 0316789012. ban em vua bi lua dong tien dong phuc 2 trieu nen em so lam. ad tra giup cty nay co that ko, dia chi o dau',
    'business',
  ],
  [
    'Tui cho thuê nhà mặt tiền, có người tới thuê làm văn phòng, đưa mã số thuế 3301234567 nói là công ty đàng hoàng. Tui ở quê, không rành mấy chuyện ni. Nhờ ad tra coi công ty ni tên chi, còn hoạt động không.',
    'business',
  ],
  [
    "Hello, we're a supplier from Singapore and just received a large order from a local company with tax code 3502345678. Before shipping goods on credit we'd like to verify the company's registered name, address and status. Could you look it up for us?",
    'business',
  ],
  [
    'Chi nhánh công ty xây dựng nhận thầu nhà tôi đưa mã số thuế 0108765432-002. Họ làm được nửa chừng thì bỏ, gọi không nghe máy, nhà tôi giờ trơ khung. Tôi muốn tra xem chi nhánh này đăng ký ở đâu, người đứng đầu là ai để còn làm việc.',
    'business',
  ],
  [
    'ad tra giúp e mst 8765432109 vs, shop online bán mỹ phẩm cho e đòi chuyển khoản trước, nói có đăng ký kinh doanh hẳn hoi. mà e đọc review thấy nhiều người kêu lắm. e nghi nghi sao ấy',
    'business',
  ],
  [
    'Má tui có cái sạp vải ở chợ, đăng ký hộ kinh doanh lâu rồi, giờ làm hồ sơ vay vốn cần ghi mã số thuế mà má chỉ nhớ mang máng là 1401122334. Ad tra giùm coi mã này có đúng tên hộ kinh doanh của má tui không, kẻo ghi sai ngân hàng trả về.',
    'business',
  ],
  [
    'tra cứu giúp tôi mã số thuế 3300567890 công ty này trúng thầu làm đường ở xã tôi mà làm chậm quá bụi bặm suốt tôi muốn biết tên đầy đủ của công ty và người đại diện pháp luật là ai',
    'business',
  ],
  [
    'Em làm kế toán, nhận hóa đơn đầu vào của một nhà cung cấp mã số thuế 0109988776 mà phần mềm báo doanh nghiệp rủi ro. Sếp em bảo kiểm tra ngay tình trạng hoạt động trước khi thanh toán. Anh chị tra giúp em DN này đã ngừng hoạt động chưa ạ?',
    'business',
  ],
  [
    'xin chao, toi muon check thong tin doanh nghiep mst 0311223344-001. nguoi ta chao ban dat nen du an, noi la chi nhanh cong ty bat dong san lon. toi tinh dat coc 100 trieu nen can biet co dang ky that ko, dia chi o dau',
    'business',
  ],
  [
    'Tui làm thợ hồ, làm cho một công ty 3 tháng mà nó nợ lương, giờ giám đốc tắt máy luôn. Trên hợp đồng có mã số thuế 3603456789. Tui muốn biết công ty này tên đầy đủ là gì, ai đứng tên đại diện, đặng đi thưa.',
    'business',
  ],
  [
    'Cách đây hai tuần tôi có gửi phản ánh về cái ổ gà trước trường tiểu học, được cấp số PA-2026-000417. Đến nay đường vẫn nguyên như cũ, chẳng thấy ai ra. Tôi muốn biết phản ánh của tôi đã được chuyển cho ai xử lý chưa.',
    'feedback_ticket',
  ],
  [
    'em gui phan anh vu quan karaoke hat khuya roi, so pa-zl-2026-001205. ma toi qua van hat toi 2h sang, con em lai mat ngu. ad coi giup phan anh do xu ly toi dau roi',
    'feedback_ticket',
  ],
  [
    'Phản ánh số 452 của tui về đường sạt lở lên thôn Khe Tre đó, tui gửi hơn tháng rồi. Bà con trong thôn hỏi tui hoài, tui nói đã báo tỉnh rồi mà chưa thấy chi, người ta tưởng tui nói dóc. Cho tui biết kết quả xử lý với.',
    'feedback_ticket',
  ],
  [
    'I reported the river pollution last week and got ticket number PA-2026-000893. There were still dead fish on the bank this morning and the smell is getting worse. Is there any update on that report?',
    'feedback_ticket',
  ],
  [
    'ad ơi phản ánh cây xà cừ của e mã PA-2026-001377 đã có ai xử lý chưa ạ. bão sắp về r mà cây vẫn nghiêng y nguyên, phụ huynh trong nhóm hỏi e suốt',
    'feedback_ticket',
  ],
  [
    'Tôi là người đã phản ánh việc lạm thu ở trường mầm non, mã phản ánh PA-2026-000562. Hôm nay nhà trường vẫn thu như cũ, lại còn bóng gió phụ huynh nào đi mách. Xin cho biết phản ánh đó đang được giải quyết đến đâu.',
    'feedback_ticket',
  ],
  [
    'cho tui hỏi tình trạng phản ánh mã số pa 2026 000788 về vụ đèn giao thông ngã tư chợ bến đình tui gửi tuần trước tới giờ đèn vẫn tắt',
    'feedback_ticket',
  ],
  [
    'phan anh so PA-ZL-2026-000094 ve cot dien nghieng truoc nha tui, da gui gan 1 thang. dien luc ko thay toi, tinh cung chua tra loi. xin hoi phan anh do dang o dau, bao gio xong',
    'feedback_ticket',
  ],
  [
    'Phản ánh số 1023 về việc đốt rơm rạ gây khói mù tôi gửi hôm 3/3, hệ thống báo đã tiếp nhận rồi im luôn. Chiều nào khói vẫn bay mù mịt. Tôi muốn tra xem phản ánh đó đã được giao cho đơn vị nào chưa.',
    'feedback_ticket',
  ],
  [
    'Hi ad, em có gửi feedback về rác ở bãi biển, mã pa-2026-002041. Nhóm tình nguyện của em cần kết quả để báo cáo với đoàn trường cuối tháng. Check giúp em phản ánh đó tới đâu rồi ạ.',
    'feedback_ticket',
  ],
  [
    'Từ năm ngoái đến giờ tôi gửi phản ánh lên đây không dưới 5 lần, chuyện đường sá, chuyện đèn, chuyện rác. Có cái được giải quyết, có cái im luôn. Tôi muốn xem lại toàn bộ các phản ánh của mình và tình trạng từng cái.',
    'my_feedback',
  ],
  [
    'Ad ơi em có gửi mấy cái phản ánh hồi đầu năm mà quên mã hết rồi, tin nhắn cũ cũng lỡ xóa. Cho em coi danh sách phản ánh em đã gửi với, coi cái nào xử lý rồi.',
    'my_feedback',
  ],
  [
    'cho tui xem lai cac phan anh tui da gui. tui gui nhieu lan lam, ve con muong, ve duong, ve cho, ma khong nho so nao. hang xom hoi tui cung khong biet dau ma tra loi',
    'my_feedback',
  ],
  [
    "Can I see all the feedback reports I've sent so far? I've submitted a few about noise and trash over the last couple of months and lost track of which ones were answered.",
    'my_feedback',
  ],
  [
    'ad ơi list giúp e các phản ánh e gửi từ đầu năm tới h với. e gửi cũng chục cái r, có cái được trả lời có cái chưa, e muốn xem cái nào xong r',
    'my_feedback',
  ],
  [
    'Tôi là tổ trưởng dân phố, thay mặt bà con gửi khá nhiều kiến nghị qua kênh này. Cuối tháng phải báo cáo trong cuộc họp tổ mà sổ ghi chép lại để quên ở nhà con gái. Xin cho xem danh sách tất cả kiến nghị tôi đã gửi kèm trạng thái.',
    'my_feedback',
  ],
  [
    'tui muốn coi lại hết mấy cái phản ánh tui đã gửi lên tỉnh qua zalo này coi cái nào đã có trả lời cái nào chưa chứ tui gửi hoài mà không nhớ nổi',
    'my_feedback',
  ],
  [
    'Nhà tui ở vùng trũng ven sông, năm mô lũ về cũng bị ngập. Năm ngoái nước lên ban đêm mà không ai hay, mất hết mấy con heo. Tui muốn đăng ký nhận thông báo về thời tiết, thiên tai, lũ lụt của tỉnh để kịp chạy.',
    'subscriptions',
  ],
  [
    'Tôi có hai đứa con đang học cấp 2 và cấp 3, năm nào cũng hóng lịch thi, tuyển sinh lớp 10 mà toàn nghe muộn qua nhóm phụ huynh. Năm ngoái suýt lỡ hạn nộp nguyện vọng. Xin đăng ký nhận tin về giáo dục của tỉnh.',
    'subscriptions',
  ],
  [
    'cho em dang ky nhan thong bao cua xa Tan Thanh. em moi chuyen ve day song sau khi cuoi, chua quen ai, muon biet lich hop dan, lich tiem chung, lich cat dien cac kieu',
    'subscriptions',
  ],
  [
    "Hi, I'm an expat living in the city with two small kids. During the last dengue outbreak I only found out from a neighbour. I'd like to subscribe to official announcements, especially health alerts and weather warnings.",
    'subscriptions',
  ],
  [
    'ad ơi e muốn nhận tin về y tế với thời tiết thôi nha, mấy tin khác thì ko cần. e làm ở bệnh viện nên cần cập nhật dịch bệnh. đăng ký sao ạ',
    'subscriptions',
  ],
  [
    'Mẹ tôi bị tiểu đường, hay phải theo dõi thông tin khám bệnh miễn phí, tiêm phòng cúm cho người già. Tôi đi làm cả ngày, bà thì không biết dùng điện thoại. Tôi muốn đăng ký nhận thông báo về y tế từ tỉnh để báo bà.',
    'subscriptions',
  ],
  [
    'tui muốn đăng ký nhận tin tức của tỉnh về thời tiết bão lũ để biết mà tính chuyện gieo trồng mùa vụ năm rồi lúa sắp gặt thì bão vô mất trắng',
    'subscriptions',
  ],
  [
    'Hồi trước tui có hủy nhận tin vì thấy nhiều quá, giờ mùa mưa bão tới rồi tui muốn nhận lại thông báo thiên tai của tỉnh. Xóm tui ở sát biển, năm nào cũng lo. Ad bật lại giùm tui nha.',
    'subscriptions',
  ],
  [
    'Tôi đăng ký nhận thông báo từ đầu năm, nhưng ngày nào cũng mấy tin, nửa đêm cũng ting ting làm mẹ tôi mất ngủ. Tôi không muốn nhận thông báo nào nữa, xin hủy đăng ký hết.',
    'unsubscribe',
  ],
  [
    'ad oi huy giup em nhan tin giao duc, con em ra truong di lam roi ko can nua. may tin thoi tiet voi y te thi van de nguyen nha',
    'unsubscribe',
  ],
  [
    'Tui chuyển vô Sài Gòn ở luôn rồi, không còn ở xã nữa, tin của xã gửi về tui đọc cũng không để làm chi. Ad cho tui ngưng nhận tin của xã nghen.',
    'unsubscribe',
  ],
  [
    "Please unsubscribe me from all announcements. I'm leaving Vietnam for good next week after five lovely years here and won't need them anymore.",
    'unsubscribe',
  ],
  [
    'stop gửi tin giùm e ad ơi, ngày mấy chục tin, spam quá trời. e đang đi làm mà đt rung liên tục sếp nhìn. e hủy đăng ký hết nha',
    'unsubscribe',
  ],
  [
    'cho tôi hủy nhận tin thời tiết vì tôi đã có ứng dụng khác báo rồi còn tin giáo dục với y tế thì vẫn giữ nhé',
    'unsubscribe',
  ],
  [
    'Tôi đã nhắn với máy trả lời tự động này cả buổi mà nó cứ đưa mấy cái đường link chẳng đúng ý. Việc của tôi phức tạp, liên quan tranh chấp đất với anh em trong nhà, không thể nói vài câu được. Cho tôi nói chuyện trực tiếp với cán bộ.',
    'handoff',
  ],
  [
    'Dạ em xin lỗi, em không rành xài mấy cái nút bấm, bấm hoài nó ra cái khác. Em muốn nói chuyện với người thật để hỏi cho rõ. Có anh chị nào trực không ạ?',
    'handoff',
  ],
  [
    'toi can gap can bo truc, chuyen gap lam, lien quan den me toi dang nam vien. khong muon noi chuyen voi may nua. lam on chuyen cho nguoi that',
    'handoff',
  ],
  [
    "I'm sorry but the automated replies aren't helping. My situation is complicated: I'm a foreigner married to a Vietnamese citizen and there's a problem with our child's papers. Could I speak with a staff member, please?",
    'handoff',
  ],
  [
    'cho e gặp nhân viên thật đi ad, bot trả lời ko đúng gì hết á. e hỏi 3 lần r mà nó cứ vòng vòng, e sắp khóc luôn',
    'handoff',
  ],
  [
    'Bác già rồi, mắt kém, đọc chữ trên điện thoại không rõ. Con cháu đi làm hết, không ai giúp. Bác muốn có cán bộ nói chuyện với bác, giải thích cho bác hiểu, chứ cái máy này bác chịu.',
    'handoff',
  ],
  [
    'cho tui nói chuyện với người trực tổng đài liền được không tui có chuyện cần trình bày mà nhắn tin dài dòng quá tui gõ chữ chậm lắm',
    'handoff',
  ],
  [
    'Tui bị xử phạt hành chính vì chuyện không phải do tui, oan lắm. Chuyện dài, kể ra đây không hết. Tui muốn có cán bộ của tỉnh nhắn lại hoặc gọi cho tui để tui trình bày trực tiếp.',
    'handoff',
  ],
  [
    'Tôi muốn lên trực tiếp trung tâm phục vụ hành chính công của tỉnh để hỏi cho rõ, nhưng lần trước đến nơi thì cửa đóng vì đã hết giờ, mất công đi 40 cây số. Xin cho biết địa chỉ và giờ làm việc cụ thể, thứ bảy có làm không.',
    'help',
  ],
  [
    'cho em xin so hotline cua trung tam hanh chinh cong. em goi so cu tren mang toan bao thue bao khong lien lac duoc, goi 5 lan roi. co so nao khac ko a',
    'help',
  ],
  [
    'Bựa ni tui mới cài Zalo, con tui chỉ vô trang ni rồi đi làm luôn. Tui không biết xài răng, bấm chỗ mô để hỏi hồ sơ, chỗ mô để phản ánh? Ad hướng dẫn tui cách dùng với.',
    'help',
  ],
  [
    "Hi, where exactly is the provincial public administration service center and what are its opening hours? I'd also like a phone number in case I get lost on the way, my Vietnamese isn't great.",
    'help',
  ],
  ['ad ơi zalo oa này dùng ntn z, e mới follow hôm qua, bấm thử mấy cái mà ko hiểu. có hướng dẫn sử dụng ko ạ', 'help'],
  [
    'Tôi ở huyện xa, đi lên tỉnh mất 3 tiếng xe khách. Trước khi đi tôi muốn gọi điện hỏi trước cho chắc, kẻo lại về tay không như lần trước. Xin số điện thoại đường dây nóng và email của bộ phận tiếp dân.',
    'help',
  ],
  [
    'cho tui hỏi trung tâm hành chính công nằm ở đường nào mở cửa mấy giờ tới mấy giờ trưa có nghỉ không tui tính mai chở bà xã lên',
    'help',
  ],
  [
    'xin thong tin lien he cua ban tiep cong dan tinh, dia chi, so dien thoai. toi muon den gui don truc tiep, o xa ko gui qua mang duoc.',
    'help',
  ],
  [
    'Cháu tôi cài cho cái Zalo này rồi nó đi học trên thành phố. Tôi cứ mở ra nhìn mà không biết trang này làm được những việc gì. Cho tôi xem danh sách các chức năng.',
    'menu',
  ],
  [
    'Ad ơi hiện menu chính lên giùm em, em lỡ bấm lung tung xóa mất cuộc trò chuyện rồi. Giờ không thấy mấy cái nút đâu hết, em hơi quê.',
    'menu',
  ],
  [
    'cho tui xem menu chinh. tui moi vo trang ni lan dau, con tui noi co nhieu cai lam duoc lam. tui muon coi co nhung muc gi',
    'menu',
  ],
  [
    "Could you show me the main menu? I'd like to see everything this account can do before I ask my question, so I don't waste anyone's time.",
    'menu',
  ],
  [
    'menu đâu ad, show menu cho e vs. e vào đây lần đầu, bạn e bảo làm được nhiều thứ lắm mà e ko biết bắt đầu từ đâu',
    'menu',
  ],
  [
    'Xin chào UBND tỉnh. Tôi là người dân xã Yên Lạc, hôm nay đọc báo thấy tỉnh mở kênh Zalo này nên vào làm quen. Chúc các cán bộ sức khỏe, làm việc tốt.',
    'welcome',
  ],
  [
    'Chào ad nha, con gái tui mới chỉ tui quẹt quẹt vô đây. Lần đầu tui nhắn tin với chính quyền qua điện thoại, thấy cũng hay hay. Chào mấy em.',
    'welcome',
  ],
  [
    'Alo ad ơi, có ai ở đó không rứa? Tui ở thôn Phú Lộc, nghe loa xã nói có trang ni nên vô thử coi. Chào ad hỉ.',
    'welcome',
  ],
  [
    'Hello there! I just moved to the province last week for work and a colleague told me about this official account. Just dropping in to say hi.',
    'welcome',
  ],
  [
    'hello ad, e la sv moi ve que thuc tap, thay trang nay tren fb nen follow thu. chao ad nha, chuc ad 1 ngay vui ve',
    'welcome',
  ],
  [
    'Chồng tôi là người Đức, không đọc được tiếng Việt, nhiều khi anh ấy muốn tự tra thông tin mà chịu. Tôi đi làm suốt nên không dịch cho anh ấy được. Trang này chuyển sang tiếng Anh được không, cho anh ấy dùng với.',
    'language',
  ],
  [
    "Hi, my Vietnamese is very basic and I'm struggling to understand the replies, even with a translation app. Can you switch to English please?",
    'language',
  ],
  [
    'Hồi nãy em bấm lộn sao mà giờ toàn trả lời tiếng Anh, em đọc không hiểu gì hết. Hỏi đứa em nó cũng đi học chưa về. Chuyển lại tiếng Việt giùm em nha ad.',
    'language',
  ],
  [
    'Hi ad, em là du học sinh mới về nước, đang giúp bạn người Nhật làm quen ở đây. Bạn ấy hỏi trang này có English không. Ad chuyển ngôn ngữ sang English giúp bạn ấy được không ạ?',
    'language',
  ],
  [
    'ad oi sao tin nhan toan tieng anh vay, ba tui doc khong duoc, ong ngoi nhin dien thoai ma lac dau. doi qua tieng viet giup voi',
    'language',
  ],
  [
    'Tôi đọc báo thấy có Luật bảo vệ dữ liệu cá nhân mới có hiệu lực. Dạo này tôi bị gọi điện lừa đảo liên tục, bọn nó biết cả tên cả địa chỉ. Tôi muốn biết trang này đang lưu những thông tin gì về tôi.',
    'my_data',
  ],
  [
    'Ad ơi lúc em chia sẻ số điện thoại với trang này thì bên mình lưu những gì của em vậy? Em hơi lo vì bạn em bị lộ thông tin mấy lần rồi, bị đăng ký vay tiền mạo danh.',
    'my_data',
  ],
  [
    "Under the personal data protection law, I'd like to know what personal information your service holds about me. I shared my phone number earlier to look up my applications and I'm curious what else is stored.",
    'my_data',
  ],
  [
    'cho tui xem du lieu ca nhan cua tui ma he thong dang luu, ten, so dien thoai, dia chi gi do. tui muon kiem tra lai co dung khong vi tui moi doi so dien thoai',
    'my_data',
  ],
  [
    'ad ơi cho e hỏi bot này giữ thông tin gì của e á. e học luật, đang tìm hiểu luật 91 nên tò mò muốn xem dữ liệu cá nhân của mình ạ',
    'my_data',
  ],
  [
    'Tôi không dùng dịch vụ này nữa vì sắp ra nước ngoài định cư với con. Tôi không muốn thông tin của mình còn lưu ở đâu cả. Đề nghị xóa toàn bộ dữ liệu cá nhân của tôi.',
    'erase_my_data',
  ],
  [
    'Em bị hack Zalo mấy tuần trước, giờ lấy lại được rồi nhưng vẫn sợ. Ad xóa hết dữ liệu của em trên hệ thống này giùm em nha, em không muốn để lại gì.',
    'erase_my_data',
  ],
  [
    "Please delete all my personal data from your system. I no longer use this service and I'd rather nothing of mine stays on file. Thank you.",
    'erase_my_data',
  ],
  [
    'toi yeu cau xoa het thong tin ca nhan cua toi ma trang nay dang luu, theo luat bao ve du lieu ca nhan. toi co quyen do ma phai khong',
    'erase_my_data',
  ],
  [
    'xóa data của e đi ad, e ko muốn lưu sđt gì hết. e unfollow luôn r, tại chồng cũ e hay dùng mấy cái này tìm e',
    'erase_my_data',
  ],
  [
    'Dạo này giá vàng lên xuống thất thường quá, tôi có ít vàng để dành từ hồi cưới, mấy đứa con bảo bán đi mà tôi tiếc. Cho tôi hỏi hôm nay vàng 9999 giá bao nhiêu một chỉ?',
    'none',
  ],
  [
    'Tháng này tiền điện nhà tui lên gần 2 triệu, trong khi tháng trước có 800 ngàn, nhà có 3 người à. Tui nghi đồng hồ điện bị gì. Ad coi giùm tui hóa đơn tiền điện tháng này bao nhiêu.',
    'none',
  ],
  [
    'Tối ni đội tuyển đá với Thái Lan, ad có biết mấy giờ đá không? Cả xóm tui tính tụ lại nhà văn hóa coi chung, mấy o còn nấu chè nữa.',
    'none',
  ],
  [
    'Hi! Can you recommend a good seafood restaurant near the beach? My wife and I are here on holiday for our tenth anniversary and want somewhere special.',
    'none',
  ],
  ['ad ơi ad có ny chưa, e thấy ad rep nhanh dễ thương ghê :)) cho e xin in4 làm quen đc ko', 'none'],
  [
    'Ban dat nen gia re chi 350tr/lo, so hong rieng, gan KCN, ngan hang ho tro vay 70%. Lien he 0903 456 721 gap anh Hung. Co hoa hong cho nguoi gioi thieu.',
    'none',
  ],
  [
    'Tôi nghe nói giờ có phạt nguội qua camera, hôm trước đi qua ngã tư lỡ vượt đèn vàng, mấy hôm nay mất ngủ. Xin tra giúp biển số 29A-123.45 có bị phạt nguội không.',
    'none',
  ],
  [
    'Thẻ ATM của em bị nuốt ở cây ATM ngoài chợ, gọi ngân hàng không ai bắt máy. Ad lấy lại thẻ giùm em được không, em cần rút tiền đóng học cho con.',
    'none',
  ],
  [
    'Ad ơi ad thấy năm ni Mỹ còn đánh thuế tôm Việt Nam cao nữa không? Tụi tui nuôi tôm xuất khẩu lo quá trời, giá thương lái ép xuống còn có chút xíu.',
    'none',
  ],
  [
    'Trời hôm nay nóng muốn xỉu luôn, tui ngồi quạt mà mồ hôi nhễ nhại. Ad ở bển có nóng hông? Chừng nào mới mưa vậy ta.',
    'none',
  ],
  ['Ad kể chuyện cười cho e nghe đi, hôm nay e bị sếp chửi trước cả phòng, buồn muốn nghỉ việc luôn.', 'none'],
  [
    'Chồng tôi dạo này hay về muộn, điện thoại lúc nào cũng khóa màn hình. Tôi nghi anh ấy có người khác mà không có bằng chứng. Ad cho tôi lời khuyên nên làm gì bây giờ.',
    'none',
  ],
  [
    'Can you help me with my math homework? I need to solve x^2 - 5x + 6 = 0 and explain the steps, my teacher is really strict.',
    'none',
  ],
  ['Ad ơi xổ số miền Nam chiều nay đài nào xổ vậy, tui mua 10 tờ vé số của bà cụ bán dạo vì thương bả quá.', 'none'],
  [
    'Toi 45 tuoi, that nghiep 3 thang roi, vo con trong ca vao. Ad co biet cho nao dang tuyen bao ve hay lai xe khong, luong tam 8 trieu la duoc.',
    'none',
  ],
  [
    'Tui đặt hàng trên Shopee cái nồi cơm điện mà giao tới bị móp, shop không chịu đổi. Ad giúp tui khiếu nại shop đó được không?',
    'none',
  ],
  ['ad ơi có nên all in bitcoin ko, bạn e bảo sắp lên 200k đô. e có 50tr tiết kiệm định bỏ hết vô', 'none'],
  [
    'Tôi đặt vé máy bay đi Sài Gòn tuần sau mà hãng báo đổi giờ bay, trùng đúng giờ đám cưới em gái. Xin hỏi làm sao đổi vé hoặc hoàn tiền với hãng bay.',
    'none',
  ],
  [
    'Mai giỗ ba chồng, em tính nấu món canh chua cá lóc mà quên công thức má chồng chỉ. Ad biết cách nấu cho ngon hông?',
    'none',
  ],
  [
    "Hi, I'm Vietnamese and want to apply for a US tourist visa to visit my sister. How long is the interview wait at the consulate in Ho Chi Minh City these days?",
    'none',
  ],
  [
    'Tui nạp nhầm card điện thoại 200 ngàn vô số người lạ, nhà mạng nói không hoàn được. Ad lấy lại giúp tui được không, tiền bán mấy rổ rau của tui đó.',
    'none',
  ],
  [
    'chuyển tiếp tin nhắn này cho 10 người bạn sẽ gặp may mắn trong 7 ngày tới nếu không chuyển sẽ gặp xui xẻo đây là thật 100% chị tôi đã thử',
    'none',
  ],
];

// Tuning 61 (230 messages, written blind on 2026-12-05 from the list of labels only, to be learnt from, not to
// study: out-of-scope messages that share words with a service, and in-scope ones about everyday topics).
const batch61Tune: [string, string][] = [
  ['Cho mình hỏi tiền điện tháng 12 nhà mình sao lên tới 2 triệu 3 vậy, bình thường có 800k à', 'none'],
  ['tien nuoc thang nay tinh sai roi, ai xem lai giup voi, ma khach hang PN0456712', 'none'],
  ['ad ơi tra giúp em phạt nguội biển 43A-512.37 với', 'none'],
  ['xo so mien trung hom nay dai nao mo thuong vay', 'none'],
  ['Hôm qua tôi mua 4 tờ vé số trúng giải khuyến khích thì lãnh tiền ở đâu ạ', 'none'],
  ['bảo hiểm xe máy bên công ty Bảo Việt hẹn bồi thường 2 tháng rồi chưa trả, tôi phải làm sao', 'none'],
  ['Em bị trừ 1tr2 trong tài khoản Vietcombank ko rõ lý do, bot kiểm tra giúp em', 'none'],
  ['cho hỏi lãi suất gửi tiết kiệm 12 tháng ở Agribank hiện nay bao nhiêu %', 'none'],
  ['TUYỂN 5 NỮ PHỤ BÁN QUÁN CAFE, LƯƠNG 6TR BAO ĂN Ở, LH 0934 118 620', 'none'],
  ['Cần bán gấp lô đất 5x20 mặt tiền đường Trần Phú, sổ hồng riêng, giá 2ty1 còn thương lượng', 'none'],
  ['tra điểm thi vào lớp 10 năm nay ở trang nào vậy mn', 'none'],
  ['Đặt lịch khám ở bệnh viện đa khoa tỉnh qua zalo này được không ad', 'none'],
  ['mai e muốn khám tai mũi họng ở bv tỉnh thì mấy giờ ra bốc số là kịp', 'none'],
  ['Anh công an ơi em bị mất xe đạp trước cổng trường, giờ trình báo ở đâu', 'none'],
  ['tòa án huyện hẹn xử vụ ly hôn của tôi ngày nào vậy, tôi quên giấy triệu tập', 'none'],
  ['kể chuyện cười đi bot ơi', 'none'],
  ['Bot ơi bạn bao nhiêu tuổi, có người yêu chưa 😁', 'none'],
  ['CLICK NGAY nhận 500K từ chương trình tri ân khách hàng thân thiết: bit.ly/qa7xz9', 'none'],
  ['hôm nay trời đẹp quá nhỉ, đi biển thôi', 'none'],
  ['Hàng xóm mượn tôi 30 triệu 2 năm nay không trả, giờ muốn kiện thì viết đơn thế nào', 'none'],
  ['em trai tôi nợ tiền app vay, bên đòi nợ gọi khủng bố cả họ hàng, có cách nào chặn ko', 'none'],
  ['vàng nhẫn 9999 hôm nay mua vào bán ra bao nhiêu ad', 'none'],
  ['zalo của tôi bị hack, nó nhắn mượn tiền bạn bè, giúp tôi lấy lại nick với', 'none'],
  ['Xin hỏi gói cước internet cáp quang rẻ nhất của VNPT là bao nhiêu', 'none'],
  ['thang nay nha em dong tien nuoc roi ma van bi cat nuoc, cong ty cap nuoc lam an kieu gi vay', 'none'],
  ['Cho tôi số tổng đài của điện lực để báo sự cố mất điện', 'none'],
  ['Mình muốn vay vốn mua nhà ở xã hội gói ưu đãi thì ra ngân hàng nào', 'none'],
  ['đánh đề hôm nay về con gì ad, mơ thấy rắn', 'none'],
  ['I want to exchange USD to VND, which bank has the best rate around here?', 'none'],
  ['can someone recommend a good hotel near the beach for 3 nights', 'none'],
  ['what is the wifi password at the tourist center lol', 'none'],
  ['Con em học lớp 9 muốn xin học bổng vào trường tư thục quốc tế thì hỏi ai', 'none'],
  ['trường thpt chuyên năm nay lấy điểm chuẩn bn vậy ạ', 'none'],
  ['ad cho hỏi mai có mưa ko để e đi đám cưới bạn', 'none'],
  ['Tối nay Việt Nam đá với Thái mấy giờ, kênh nào chiếu', 'none'],
  ['Bảo hiểm nhân thọ không chịu chi trả khi mẹ tôi nằm viện 10 ngày, tư vấn giúp tôi cách đòi', 'none'],
  ['Ai có nhu cầu mua bảo hiểm ô tô giá rẻ ib em nhé, chiết khấu 20%', 'none'],
  ['toi bi phat 800k vi ko doi mu bao hiem, co xin giam duoc ko', 'none'],
  ['xe của tôi bị CSGT tạm giữ 7 ngày rồi, bao giờ mới được lấy ra', 'none'],
  ['Bên công an cho tôi hỏi cháu tôi đang bị tạm giam ở trại nào, gia đình muốn gửi đồ', 'none'],
  ['Luật sư nào giỏi về ly hôn giành quyền nuôi con giới thiệu giúp mình với', 'none'],
  ['haha bot trả lời ngu quá', 'none'],
  ['Cho em hỏi ngành công nghệ thông tin ra trường lương khởi điểm bao nhiêu', 'none'],
  ['Công ty may Hòa Thọ tuyển 200 công nhân may, ai cần việc liên hệ phòng nhân sự 0236 3845 771', 'none'],
  ['Bán xe Wave Alpha 2018 chính chủ, biển số đẹp, giá 12tr có fix', 'none'],
  ['Nhận làm sổ đỏ nhanh, không cần giấy tờ gốc, bao đậu 100%, lh 0987 456 231', 'none'],
  ['nhận chạy hồ sơ giấy phép xây dựng trong 3 ngày, phí hợp lý, ib', 'none'],
  ['Vay tiền online không cần thế chấp, chỉ cần CCCD, giải ngân trong 15 phút!!!', 'none'],
  ['thằng em tôi bị đánh ở quán nhậu, giờ muốn đòi bên kia bồi thường tiền viện phí thì đòi sao', 'none'],
  ['Mình có lô đất ở Điện Bàn muốn ký gửi cho môi giới, anh chị nào nhận không', 'none'],
  ['dat nen khu do thi ven song gio bao nhieu 1m2 vay mn', 'none'],
  ['Mình muốn đổi lịch tái khám ở bệnh viện mắt từ thứ 3 sang thứ 5 được không', 'none'],
  ['Bác sĩ ơi con em sốt 39 độ 2 ngày rồi cho uống thuốc gì', 'none'],
  ['xem kết quả xét nghiệm máu của bv đa khoa ở đâu vậy, mã phiếu 2601150342', 'none'],
  ['ad ơi em chuyển khoản nhầm 2 triệu sang số tk lạ, làm sao đòi lại', 'none'],
  ['the ATM cua toi bi nuot o cay BIDV duong Le Loi, goi ai bay gio', 'none'],
  ['Tra cứu hóa đơn tiền điện tháng 11 giúp tôi mã khách hàng PC05EE0012345', 'none'],
  ['Công ty bảo hiểm hẹn giám định xe bị tai nạn mà 3 ngày không thấy ai đến', 'none'],
  ['kết quả Vietlott Power 6/55 kỳ tối qua là mấy số vậy ad', 'none'],
  ['Mình bị lừa mua hàng online 3 triệu, shop chặn số rồi, làm sao lấy lại tiền', 'none'],
  ['tòa án cho em hỏi nộp đơn ly hôn đơn phương thì bao lâu được xử', 'none'],
  ['Viện kiểm sát có trả lời đơn kháng cáo của gia đình tôi qua zalo này không', 'none'],
  ['admin dễ thương quá, cho xin info làm quen đi', 'none'],
  ['bot có biết hát không, hát bài Nối vòng tay lớn đi', 'none'],
  ['chán quá ko có gì làm, tâm sự với mình chút đi bot', 'none'],
  ['viết giúp em bài văn tả mẹ lớp 4 khoảng 200 chữ', 'none'],
  ['dịch giúp mình câu "em nhớ anh nhiều lắm" sang tiếng Hàn với', 'none'],
  ['MUA 1 TẶNG 1 SỮA RỬA MẶT CHÍNH HÃNG, FREESHIP TOÀN QUỐC, INBOX NGAY', 'none'],
  ['Ae ai có nhóm zalo bóng đá phủi cho xin link với', 'none'],
  ['luong huu thang nay sao chua ve tai khoan vay, moi thang ngay 5 la co roi', 'none'],
  ['Cho hỏi trạm BOT quốc lộ 1 có giảm phí cho xe biển số địa phương không', 'none'],
  ['Mình làm rơi ví có bằng lái và thẻ ngân hàng ở chợ Đông Ba, ai nhặt được liên hệ 0905 332 118 hậu tạ', 'none'],
  ['đi grab từ bến xe về trung tâm thành phố khoảng bao nhiêu tiền', 'none'],
  ['ad có biết quán bún bò nào ngon gần đây ko', 'none'],
  ['Tại sao xăng lại tăng giá nữa vậy trời', 'none'],
  ['Nhà mạng tự trừ tiền dịch vụ giá trị gia tăng mà tôi không đăng ký, hủy kiểu gì', 'none'],
  ['em 17 tuổi đi làm thêm ở quán trà sữa thì chủ quán trả lương theo giờ bao nhiêu là đúng', 'none'],
  ['xem giup em diem thi tot nghiep SBD 34005127', 'none'],
  ['thầy ơi cho em xin đề cương ôn thi cuối kỳ môn Lý lớp 11', 'none'],
  ['Bạn là AI của công ty nào làm ra vậy, có phải chatgpt không', 'none'],
  ['bot có được trả lương ko 😂', 'none'],
  ['Tôi muốn mua bảo hiểm sức khỏe cho bố mẹ ngoài 60 tuổi, gói nào tốt', 'none'],
  ['Anh chị nào cần thợ sửa điện nước tại nhà gọi em 0978 224 509, có mặt sau 30p', 'none'],
  ['Cho thuê phòng trọ gần ĐH Quy Nhơn, 1tr5/tháng, có gác, giờ giấc tự do', 'none'],
  ['chó nhà hàng xóm cắn con tôi, tôi đòi 5 triệu tiền chích ngừa mà họ chỉ đưa 1 triệu, ai đúng ai sai', 'none'],
  ['chứng khoán hôm nay xanh hay đỏ vậy ad', 'none'],
  ['shipper giao làm vỡ bộ chén, công ty giao hàng không chịu đền, tức ghê', 'none'],
  ['Is there any bank here where a foreigner can open an account without a work permit?', 'none'],
  ['TRÚNG THƯỞNG IPHONE 15! Quý khách may mắn được chọn, nhấn link xác nhận trước 24h', 'none'],
  [
    'Nhà tôi vẫn đóng tiền điện mang tên ông nội, ông mất 3 năm rồi mà chưa khai tử, giờ làm khai tử muộn cần giấy tờ gì',
    'procedure',
  ],
  ['sổ đỏ nhà em đang thế chấp ngân hàng, giờ trả hết nợ rồi thì xóa đăng ký thế chấp làm ở đâu ạ', 'procedure'],
  ['Mình mua miếng đất của người quen, chỉ có giấy tay, giờ muốn sang tên sổ đỏ cần những gì', 'procedure'],
  ['cho hỏi bán đất thì khai thuế thu nhập cá nhân với lệ phí trước bạ nộp ở đâu, thủ tục ra sao', 'procedure'],
  ['Con tôi sắp nhập học lớp 1, trường đòi bản sao giấy khai sinh, xin trích lục khai sinh ở đâu', 'procedure'],
  ['em lam mat cccd cung voi the ngan hang, gio cap lai cccd can gi a', 'procedure'],
  ['Mất bằng lái xe máy thì làm lại ở đâu, có làm online trên cổng dịch vụ công được ko', 'procedure'],
  ['Giấy phép lái xe ô tô của tôi hết hạn tháng trước, thủ tục đổi lại thế nào, có phải thi lại không', 'procedure'],
  ['Công ty tôi muốn tuyển kỹ sư người Nhật, xin giấy phép lao động cho người nước ngoài hs gồm những gì', 'procedure'],
  ['mở quán cafe nhỏ thì đăng ký hộ kinh doanh ở đâu, lệ phí bao nhiêu', 'procedure'],
  ['Muốn mở đại lý bán vé số thì có phải đăng ký kinh doanh không, làm ở phường hay ở huyện', 'procedure'],
  ['thur tucj cap giay chung nhan du dieu kien an toan thuc pham cho quan an nho', 'procedure'],
  ['làm giấy xác nhận tình trạng hôn nhân để vay ngân hàng mua nhà thì nộp ở xã hay huyện, mấy ngày có', 'procedure'],
  ['thẻ bảo hiểm y tế của bé nhà em hết hạn, thủ tục cấp thẻ BHYT cho trẻ dưới 6 tuổi ntn ạ', 'procedure'],
  ['hỏi thủ tục đăng ký thường trú cho vợ về nhà chồng, có cần sổ đỏ hay hợp đồng gì không', 'procedure'],
  ['Con tôi vào đại học cần giấy xác nhận hộ nghèo để miễn học phí, xin ở đâu, cần mang gì', 'procedure'],
  ['xin giay phep xay dung nha o 3 tang trong phuong thi mat bao lau, phi bao nhieu', 'procedure'],
  ['Em cần lý lịch tư pháp số 1 để nộp hồ sơ xin việc, làm online được không, bao lâu có', 'procedure'],
  ['Cho hỏi thủ tục đăng ký kết hôn với người nước ngoài, chồng em quốc tịch Hàn Quốc', 'procedure'],
  ['Thu tuc chuyen muc dich su dung dat tu dat vuon sang dat o can nhung gi, het bao nhieu tien', 'procedure'],
  ['tách thửa đất chia cho 2 đứa con thì cần hồ sơ gì, diện tích tối thiểu bao nhiêu m2', 'procedure'],
  ['tôi bị tai nạn giao thông mất 61% sức lao động, xin trợ cấp cho người khuyết tật thủ tục như thế nào', 'procedure'],
  ['bố tôi là thương binh vừa mất, gia đình muốn hỏi hồ sơ hưởng chế độ tử tuất và mai táng phí', 'procedure'],
  [
    'đăng ký khai sinh cho con sinh ở bệnh viện tỉnh có cần giấy chứng sinh bản chính ko hay photo cũng đc',
    'procedure',
  ],
  ['sổ đỏ nhà tôi bị ngập nước lũ rách nát hết, thủ tục cấp đổi lại ra sao', 'procedure'],
  ['How can I register temporary residence as a foreigner renting an apartment in the city?', 'procedure'],
  ['What documents do I need to register a household business? I want to open a small bakery', 'procedure'],
  ['chứng thực bản sao sổ hộ khẩu với cccd để làm hồ sơ vay vốn thì ở UBND xã có thu phí ko', 'procedure'],
  [
    'Em đã có bản án ly hôn của tòa, giờ muốn ghi chú ly hôn vào sổ hộ tịch để đăng ký kết hôn lại thì làm sao',
    'procedure',
  ],
  ['hoof sow xin ho tro thiet hai do bao cho nha bi toc mai gom nhung gi vay', 'procedure'],
  ['Thủ tục xin giấy phép kinh doanh karaoke cần những điều kiện gì, phòng hát bao nhiêu m2', 'procedure'],
  ['giấy khai sinh của con ghi sai ngày sinh so với học bạ, cải chính lại ở đâu', 'procedure'],
  ['CHO HỎI THỦ TỤC ĐĂNG KÝ CẤP NƯỚC SINH HOẠT LÀ PHẢI XIN PHÉP ĐÀO ĐƯỜNG Ở ĐÂU', 'procedure'],
  [
    'Đường dây điện trước nhà số 45 Nguyễn Huệ bị võng xuống thấp, xe tải đi qua vướng, rất nguy hiểm, đề nghị xử lý',
    'feedback',
  ],
  [
    'Nước máy khu phố 4 phường An Phú đục ngầu 3 ngày nay, bà con không dám nấu ăn, đề nghị cơ quan chức năng kiểm tra',
    'feedback',
  ],
  [
    'trước cửa ngân hàng ở thị trấn ô tô đậu tràn ra lòng đường, sáng nào cũng kẹt xe, mong chính quyền chấn chỉnh',
    'feedback',
  ],
  ['Ở bãi biển Mỹ Khê có nhóm bán vé số, bán hàng rong đeo bám chèo kéo khách du lịch, rất phản cảm', 'feedback'],
  [
    'tôi muốn phản ánh thái độ cán bộ bộ phận một cửa xã, hẹn lấy sổ đỏ 3 lần vẫn chưa có mà còn quát người dân',
    'feedback',
  ],
  ['o ga to giua duong DT602 doan gan truong tieu hoc, sang nay 2 chau hoc sinh te xe roi', 'feedback'],
  ['Quán nước đầu hẻm 12 tổ chức ghi lô đề công khai cả ngày, đề nghị công an xã vào cuộc', 'feedback'],
  ['quán karaoke số 88 hát tới 1h sáng, cả khu ko ai ngủ được, phản ánh nhiều lần rồi', 'feedback'],
  ['Trạm y tế xã Bình Dương đóng cửa trong giờ hành chính, bà con mang con đến tiêm không có ai', 'feedback'],
  [
    'Bệnh viện huyện để người nhà bệnh nhân nằm la liệt hành lang, nhà vệ sinh bẩn kinh khủng, đề nghị Sở Y tế xem xét',
    'feedback',
  ],
  ['đèn đường cả đoạn từ cầu Trắng tới chợ tắt hơn 1 tuần rồi, tối đi làm về sợ lắm', 'feedback'],
  ['xe ben chở đất rơi vãi đầy đường Lý Thường Kiệt, bụi mù mịt, trời mưa thì trơn trượt', 'feedback'],
  [
    'Trường tiểu học thu quỹ phụ huynh 1tr5, tiền máy lạnh, tiền photo... toàn khoản ngoài quy định, mong sở GD kiểm tra',
    'feedback',
  ],
  ['rac o thon 2 xa Tam Xuan ko ai thu gom 5 ngay roi, boc mui kinh khung', 'feedback'],
  ['Có người xây nhà lấn chiếm mương thoát nước ở tổ 7, giờ mưa một chút là ngập vào nhà dân', 'feedback'],
  ['cột điện ở thôn 3 bị nghiêng sau bão, sợ đổ vào nhà dân, ai đó xử lý giúp', 'feedback'],
  [
    'Đề nghị lắp đèn tín hiệu giao thông ở ngã tư Hùng Vương - Phan Bội Châu, tháng này xảy ra 3 vụ tai nạn rồi',
    'feedback',
  ],
  ['mưa có 30 phút mà khu dân cư Phước Lý ngập tới đầu gối, cống thoát nước bị tắc', 'feedback'],
  ['co so chan nuoi heo o xa Dien Tho xa nuoc thai thang ra suoi, ca chet trang', 'feedback'],
  [
    'tờ rơi cho vay nặng lãi "vay tiền nhanh 24h" dán kín các cột điện và tường nhà ở phường, đề nghị xử lý',
    'feedback',
  ],
  [
    'Kiến nghị bệnh viện tỉnh làm thêm bãi giữ xe, hiện xe người nhà bệnh nhân đậu tràn ra đường gây ùn tắc',
    'feedback',
  ],
  ['nhà cuối hẻm ngày nào cũng đốt rác nhựa, khói đen bay vào cả xóm, trẻ con ho suốt', 'feedback'],
  ['Đoạn đường bê tông thôn Phú Hòa mới làm xong 2 tháng đã nứt toác, nghi làm ẩu, đề nghị kiểm tra', 'feedback'],
  ['CÁN BỘ ĐỊA CHÍNH XÃ ĐÒI BỒI DƯỠNG 5 TRIỆU MỚI CHỊU LÀM HỒ SƠ CẤP SỔ CHO TÔI, TÔI PHẢN ÁNH', 'feedback'],
  ['There is a huge pile of trash on the beach near An Bang, nobody has cleaned it for days', 'feedback'],
  [
    'cong ty cap nuoc dao duong lap ong xong bo do, ho sau 1 met ko rao chan, toi qua xe may suyt lot xuong',
    'feedback',
  ],
  [
    'Tôi nộp hồ sơ sang tên đất mua của ông Sáu từ tháng trước, mã 000.00.21.H40-260107-0213, ngân hàng đang hối giải ngân, xem giúp đã xong chưa',
    'dossier',
  ],
  ['hs cấp phép xây dựng nhà e H40-260203-0041 tới bước nào rồi ad', 'dossier'],
  ['kiểm tra tiến độ hồ sơ 000 00 07 H40 251229 0095 giúp tôi', 'dossier'],
  ['ho so xoa the chap ngan hang cua toi nop hom 15/1 gio da co ket qua chua', 'dossier'],
  ['Hồ sơ đăng ký hộ kinh doanh tạp hóa của tôi nộp 5 ngày rồi sao chưa thấy gì, xem giúp', 'dossier'],
  ['ma ho so 000.00.15.H40-260126-0331 tinh trang sao r', 'dossier'],
  ['Xin kiểm tra kết quả hồ sơ cấp lý lịch tư pháp số H40-260112-0507, công ty bắt nộp trước thứ 2', 'dossier'],
  ['Check status of my work permit application H40.260118.0076 please', 'dossier'],
  ['hồ sơ trợ cấp hộ nghèo của mẹ tôi nộp ở xã hồi tháng 12 giờ được duyệt chưa vậy', 'dossier'],
  ['giấy khai sinh của con làm online mã 000.22.31.H40-260205-0019 đã ký chưa ạ, mẹ cần để làm bảo hiểm', 'dossier'],
  [
    'Mã 000.00.10.H40-260130-0142 là hồ sơ chuyển mục đích đất, bên mua đất giục quá, xem giúp đang ở khâu nào',
    'dossier',
  ],
  ['hồ sơ cấp đổi sổ đỏ bị ướt do lũ tôi nộp ở chi nhánh văn phòng đăng ký đất đai Duy Xuyên xong chưa', 'dossier'],
  ['H40-260211-0263 hs cua toi bi tra lai hay sao ma thay bao bo sung', 'dossier'],
  [
    'con tôi cần giấy xác nhận tình trạng hôn nhân làm hồ sơ du học, mã hồ sơ 000.00.21.H40-260214-0055, bao giờ có',
    'dossier',
  ],
  ['ĐỔI BẰNG LÁI NỘP ONLINE MÃ 000.00.27.H40-260122-0018 SAO LÂU QUÁ VẬY', 'dossier'],
  ['hồ sơ 0000021H40 2601090077 đã có kết quả chưa bạn', 'dossier'],
  ['Tôi nộp mấy bộ hồ sơ đất đai cho cả nhà mà quên hết mã rồi, liệt kê giúp tôi các hồ sơ', 'my_dossiers'],
  ['cho em xem tất cả hồ sơ em đã nộp, em dùng sđt này đăng ký', 'my_dossiers'],
  ['giấy biên nhận để trong ví bị mất cùng thẻ ngân hàng rồi, quên mã hồ sơ luôn, giờ tra sao', 'my_dossiers'],
  ['Can I see all the applications I submitted? I lost the receipts', 'my_dossiers'],
  ['Mình có nộp hồ sơ khai sinh với BHYT cho con, giờ không nhớ mã, xem hết giúp mình được ko', 'my_dossiers'],
  [
    'Hồ sơ sang tên sổ đỏ H40-260208-0171 có kết quả thì nhắn báo giúp tôi, tôi cần mang đi ngân hàng vay',
    'dossier_follow',
  ],
  ['nhan tin cho toi khi ho so 000.00.21.H40-260201-0099 thay doi trang thai nha', 'dossier_follow'],
  ['theo dõi hồ sơ 000 00 13 H40 260121 0044 giúp em, có gì báo qua zalo', 'dossier_follow'],
  [
    'Ad ơi khi nào giấy phép xây dựng mã H40-260117-0310 được ký thì thông báo cho tôi với, thợ đang chờ khởi công',
    'dossier_follow',
  ],
  ['Notify me when dossier H40-260215-0027 is done please', 'dossier_follow'],
  ['đăng ký nhận thông báo tiến độ cho hồ sơ mã 000.00.09.H40-260210-0088', 'dossier_follow'],
  ['Hồ sơ H40-260102-0019 tôi lấy kết quả rồi, đừng nhắn thông báo nữa', 'dossier_unfollow'],
  ['bỏ theo dõi hồ sơ 000.00.21.H40-251230-0112', 'dossier_unfollow'],
  ['ko can bao tinh trang ho so 000 00 07 H40 260105 0061 nua, da nhan so do roi', 'dossier_unfollow'],
  ['Stop the alerts for application H40-260109-0230, I already picked it up', 'dossier_unfollow'],
  ['hủy nhận tin về hồ sơ cấp phép kinh doanh mã H40-260120-0145, quán khai trương rồi', 'dossier_unfollow'],
  ['ds ho so dang nhan thong bao cua em', 'follows'],
  ['Which dossiers am I tracking?', 'follows'],
  ['xem giúp tôi danh sách hồ sơ tôi đã bấm theo dõi, hình như có cả hồ sơ của vợ', 'follows'],
  ['Mình đã đăng ký báo tin cho mấy hồ sơ rồi nhỉ, cho xem lại', 'follows'],
  [
    'Thấy tin tuyển dụng trên mạng của công ty có mst 0315577290, kiểm tra giúp em công ty này có thật không',
    'business',
  ],
  ['tra mst 4101234567 xem cty còn hoạt động ko, họ muốn mua đất của tôi và đặt cọc', 'business'],
  ['Cho tôi thông tin doanh nghiệp mã số thuế 0401789345-001, người đại diện là ai', 'business'],
  ['Công ty bảo hiểm có mst 0108765432 địa chỉ ở đâu, tôi muốn tới tận nơi hỏi', 'business'],
  ['check tax code 3502219876, what is the company name', 'business'],
  ['Em sắp ký hợp đồng thuê nhà với công ty, cho em kiểm tra mã số thuế 0316 112 458', 'business'],
  ['Phản ánh PA-2026-000417 về cột điện nghiêng tôi gửi tuần trước đã xử lý chưa', 'feedback_ticket'],
  ['pa-zl-2026-001205 sao chưa ai trả lời', 'feedback_ticket'],
  ['Kiểm tra giúp phản ánh số 452 về đèn đường', 'feedback_ticket'],
  ['tình trạng phản ánh PA-2026-000933 (trường thu tiền ngoài quy định) tới đâu rồi', 'feedback_ticket'],
  ["What's the status of my report PA-2026-001118?", 'feedback_ticket'],
  ['phan anh so PA-2026-000288 ve xa thai ra suoi den dau roi', 'feedback_ticket'],
  ['Xem tất cả các phản ánh tôi đã gửi', 'my_feedback'],
  ['tôi gửi mấy lần phản ánh về tiếng ồn quán karaoke, cho tôi xem lại danh sách và tình trạng', 'my_feedback'],
  ['List all my complaints please', 'my_feedback'],
  ['những kiến nghị mình đã gửi qua zalo đã được trả lời cái nào chưa', 'my_feedback'],
  ['Mình muốn nhận thông báo về lịch tuyển sinh, điểm chuẩn từ ngành giáo dục', 'subscriptions'],
  ['Đăng ký nhận tin cảnh báo bão lũ cho xã Hòa Phước', 'subscriptions'],
  ['cho tôi nhận thông báo về y tế, lịch tiêm chủng cho trẻ', 'subscriptions'],
  ['dang ky nhan thong bao cua phuong Hai Chau 1 (lich cat nuoc, hop dan...)', 'subscriptions'],
  ["I'd like to subscribe to weather and disaster alerts", 'subscriptions'],
  ['chọn chủ đề nhận tin: giáo dục và y tế', 'subscriptions'],
  ['ko muốn nhận tin thông báo nữa, ngày nào cũng nhắn như spam', 'unsubscribe'],
  ['hủy đăng ký nhận thông báo giáo dục, con tôi ra trường rồi', 'unsubscribe'],
  ['thôi đừng gửi tin thời tiết nữa', 'unsubscribe'],
  ['ngừng gửi tất cả bản tin của tỉnh cho số này', 'unsubscribe'],
  ['bot trả lời vòng vo quá, cho tôi nói chuyện với cán bộ thật về chuyện đền bù đất', 'handoff'],
  ['Gặp nhân viên trực tiếp đi, tôi không muốn chat với máy', 'handoff'],
  ['cho e gặp người thật, chuyện hồ sơ vay ngân hàng của e gấp lắm', 'handoff'],
  ['I need to talk to a human officer please', 'handoff'],
  ['kết nối cán bộ tiếp dân giúp tôi', 'handoff'],
  ['Bộ phận một cửa mấy giờ mở cửa, thứ 7 có làm không, tôi đi làm ở ngân hàng cả tuần', 'help'],
  ['Trung tâm hành chính công ở đâu, chỉ đường giúp', 'help'],
  ['cách dùng zalo này để tra cứu sao vậy, tôi già rồi không rành', 'help'],
  ['hien danh sach dich vu', 'menu'],
  ['Xin chào, tôi là người dân xã Tam Kỳ', 'welcome'],
  ['chào buổi tối UBND tỉnh', 'welcome'],
  ['chuyển sang tiếng Anh giúp mình, mình đang chỉ bạn người Úc dùng', 'language'],
  ['Can you reply in Vietnamese? My wife will read it', 'language'],
  ['đổi ngôn ngữ về tiếng việt', 'language'],
  ['Bot đang lưu những thông tin cá nhân gì của tôi? Số điện thoại, CCCD?', 'my_data'],
  ['theo luật 91/2025 tôi muốn biết các bạn giữ dữ liệu gì về tôi', 'my_data'],
  ['cho tôi xem dữ liệu cá nhân mà hệ thống có', 'my_data'],
  ['các bạn có lưu số tài khoản ngân hàng của tôi không, xem giúp những gì đã lưu', 'my_data'],
  ['tôi không muốn các bạn giữ số đt và cccd của tôi nữa, xóa đi', 'erase_my_data'],
  ['yêu cầu xoá dữ liệu cá nhân theo luật bảo vệ dữ liệu cá nhân', 'erase_my_data'],
];

// Tuning 62 (220 messages, written blind on 2026-12-05 from the list of labels only, to be learnt from, not to
// study: the many kinds of problems reported and of procedures asked about).
const batch62Tune: [string, string][] = [
  [
    'Ổ gà to đùng trên đường Nguyễn Trãi đoạn gần chợ phường 3, tối qua 2 xe máy té rồi, đề nghị sửa gấp giùm',
    'feedback',
  ],
  ['den duong hem 42 tran hung dao tat 2 tuan nay roi toi om, con nit di hoc them ve ai cung so', 'feedback'],
  ['Mưa có 30p mà tổ 7 phường Tân An ngập tới đầu gối, cống bị rác bít hết, năm nào cũng vậy mà ko ai lo', 'feedback'],
  [
    'xin phản ánh bãi rác tự phát ở đầu cầu Bến Lức, bốc mùi hôi thối ruồi nhặng bu đầy, dân quanh đây chịu hết nổi rồi',
    'feedback',
  ],
  ['quán karaoke số 18 Lê Lợi hát tới 1h sáng đêm nào cũng z, báo công an phường rồi mà ko thấy xử lý j', 'feedback'],
  [
    'Cơ sở tái chế nhựa ở thôn Đông đốt rác thải khói đen mù mịt, mùi khét lẹt, trẻ con trong xóm ho suốt. Kính đề nghị đoàn kiểm tra xuống',
    'feedback',
  ],
  [
    'Cho tôi phản ánh tình trạng chó thả rông không rọ mõm ở khu dân cư Hòa Phú, hôm qua con tôi bị cắn phải đi tiêm phòng dại',
    'feedback',
  ],
  [
    'vỉa hè đường Hai Bà Trưng mấy quán nhậu bày bàn ghế lấn hết, người đi bộ phải đi xuống lòng đường nguy hiểm lắm',
    'feedback',
  ],
  [
    'Nhà bên cạnh đang xây thêm tầng 4 không thấy treo biển giấy phép, đổ cát đá ra đường, nứt tường nhà tôi luôn rồi. Địa chỉ 25/3 hẻm Cây Me',
    'feedback',
  ],
  [
    'UBND xã Phước Hưng tự ý cắm mốc lấn vào vườn nhà tôi khoảng 40m2 để mở đường mà không thông báo không bồi thường, tôi đề nghị tỉnh xem xét lại',
    'feedback',
  ],
  [
    'truong tieu hoc Kim Dong thu them tien may lanh voi quy lop gan 1tr2 moi hs, phu huynh buc xuc lam ma ko dam noi',
    'feedback',
  ],
  [
    'Trạm y tế xã Tân Lập sáng nay 8h15 rồi mà cửa vẫn đóng, bà con ngồi chờ cả tiếng, mẹ tôi sốt cao phải chở lên huyện',
    'feedback',
  ],
  [
    'ban quản lý chợ Đầm thu phí chỗ ngồi của tiểu thương cao bất thường mà ko xuất biên lai, ai hỏi thì dọa ko cho bán',
    'feedback',
  ],
  [
    'cán bộ một cửa phường 5 thái độ quá tệ, tôi hỏi thêm có 1 câu mà bị quát trước mặt mọi người, đề nghị chấn chỉnh',
    'feedback',
  ],
  [
    'Hồ sơ đất tôi nộp từ tháng 10 đã trễ hẹn gần 2 tháng mà không ai báo lý do, gọi số trên phiếu hẹn thì không ai bắt máy. Tôi muốn khiếu nại sự chậm trễ này',
    'feedback',
  ],
  [
    'Có người tự xưng cán bộ địa chính gọi điện đòi chuyển 5 triệu để đẩy nhanh hồ sơ cấp sổ, sdt 0938 214 667, đề nghị cơ quan chức năng vào cuộc kẻo nhiều người bị lừa',
    'feedback',
  ],
  [
    'cột điện trước nhà số 112 ấp 3 xã Long Thới nghiêng muốn đổ, dây điện võng xuống sát đầu người, mùa mưa bão tới nơi rồi',
    'feedback',
  ],
  ['Nắp hố ga trên đường 30/4 bị mất, người ta chỉ cắm 1 cành cây làm dấu, tối ko thấy gì dễ sụp xe lắm', 'feedback'],
  ['ANH CHỊ ƠI CÂY XANH ĐƯỜNG QUANG TRUNG GÃY ĐỔ NGANG ĐƯỜNG TỪ SÁNG TỚI GIỜ CHƯA THẤY AI DỌN XE KẸT CỨNG', 'feedback'],
  [
    'Hello, I live near An Bang beach and the street lights on the coastal road have been off for a week. It is really dark and unsafe to walk at night.',
    'feedback',
  ],
  [
    'Khu công nghiệp xả nước thải thẳng ra kênh Ba Bò, nước đen ngòm, cá chết nổi trắng một khúc kênh, mùi thối cả xóm',
    'feedback',
  ],
  [
    'xe ben cho dat chay ban dem lam roi dat da khap tuyen DT741, ngay thi bui mu troi, mua xuong thi tron truot te nga liên tục',
    'feedback',
  ],
  [
    'Mình xin góp ý: nên lắp thêm đèn tín hiệu ở ngã tư Phan Đình Phùng - Lý Thường Kiệt, giờ tan học xe cộ lộn xộn rất dễ xảy ra tai nạn',
    'feedback',
  ],
  [
    'trâu bò nhà ai thả rông ra quốc lộ 1 đoạn qua xã Hòa Châu, tối qua em chạy xe suýt tông trúng con bò nằm giữa đường',
    'feedback',
  ],
  [
    'Xưởng mộc cạnh nhà cưa xẻ gỗ từ 5h sáng tới 10h đêm, tiếng ồn kinh khủng, nhà tôi có ông cụ bị bệnh tim không ngủ được',
    'feedback',
  ],
  [
    'hàng xóm nuôi heo ngay trong khu dân cư, nc thải chảy ra mương, mùi hôi nồng nặc. báo tổ trưởng mấy lần r mà ko ăn thua',
    'feedback',
  ],
  [
    'Bóng đèn hành lang với cầu thang khối B chung cư nhà ở xã hội Phú Lợi hỏng 3 tháng, ban quản lý ko thay, người già đi lên xuống rất nguy hiểm',
    'feedback',
  ],
  [
    'con đường bê tông liên thôn mới làm xong 6 tháng đã nứt toác bong tróc hết, dân nghi bị rút ruột công trình, đề nghị thanh tra',
    'feedback',
  ],
  [
    'Tôi phản ánh cán bộ tư pháp xã hẹn tới hẹn lui, xin giấy xác nhận tình trạng hôn nhân mà đi 3 lần vẫn chưa xong, lần nào cũng bảo chưa ký',
    'feedback',
  ],
  ['bến xe khách tự phát ở ngã ba Phú Bài, xe dừng đón trả khách ngay giữa đường gây ùn tắc giờ cao điểm', 'feedback'],
  [
    'nước máy nhà tôi mấy hôm nay đục ngầu có mùi clo nặng, cả khu phố 4 phường Bình Đa đều bị, ai chịu trách nhiệm vậy',
    'feedback',
  ],
  [
    'Sạt lở bờ sông Tiền đoạn ấp Bình Hòa đang ăn vào sát chân nhà dân, mặt đất có vết nứt dài cả chục mét, xin chính quyền di dời khẩn cấp',
    'feedback',
  ],
  [
    'o day co duong day cho vay nang lai dan quang cao tin dung den khap cot dien, con de doa tat son nha dan, xin cong an vao cuoc',
    'feedback',
  ],
  [
    'Phòng khám tư trên đường Trần Phú quảng cáo chữa khỏi ung thư bằng thuốc nam, thu mỗi đợt mấy chục triệu, nghi lừa đảo người bệnh',
    'feedback',
  ],
  ['dự án khu dân cư bỏ hoang 10 năm cỏ mọc um tùm, tối thành chỗ tụ tập hút chích, dân sợ lắm', 'feedback'],
  [
    'Đề nghị nạo vét mương thoát nước thôn 2 xã Điện Hòa, mương bị bồi lấp hết, mưa lớn nước không thoát được ngập cả ruộng lúa sắp gặt',
    'feedback',
  ],
  ['Trường THCS Nguyễn Du nhà vệ sinh xuống cấp, hôi thối, cửa hư, con tôi kể nhịn cả buổi không dám đi', 'feedback'],
  [
    'bà con khu tái định cư Hòa Hiệp chờ 3 năm chưa được cấp sổ đỏ, chủ đầu tư cứ hẹn lần hẹn lữa, mong tỉnh can thiệp',
    'feedback',
  ],
  [
    'Lò gạch thủ công ở xã Tân Hiệp có quyết định đóng cửa từ năm ngoái mà giờ vẫn đốt, khói bay vào nhà dân',
    'feedback',
  ],
  ['thanh niên tụ tập đua xe lạng lách mỗi tối thứ 7 trên đường ven biển, nẹt pô inh ỏi tới 2h sáng', 'feedback'],
  [
    'Ông chủ đất san lấp ao để làm nhà, lấp luôn đường thoát nước chung của cả xóm, giờ mưa là nước dồn vào nhà tụi tui',
    'feedback',
  ],
  [
    'Bệnh viện huyện bắt bệnh nhân có BHYT ra ngoài mua thuốc, nói thuốc trong viện hết, vậy đóng bảo hiểm làm gì',
    'feedback',
  ],
  [
    'Công trình sửa đường Lê Duẩn rào chắn cả tháng nay ko thấy thi công, để hố sâu không có biển báo không đèn cảnh báo',
    'feedback',
  ],
  [
    'cầu treo thôn 5 ván mục gãy mấy tấm rồi, học sinh đi qua hằng ngày, phụ huynh lo lắm, xin thay gấp trước mùa lũ',
    'feedback',
  ],
  [
    'cho tui phản ánh cái khúc đường đất từ nhà văn hóa ấp 2 ra lộ lớn mưa xuống sình lầy xe đạp con nít đi học không nổi mong chính quyền đổ đá giùm bà con',
    'feedback',
  ],
  ['Mấy bữa nay khói với bụi than từ nhà máy đường bay qua khu dân cư, đồ phơi ngoài sân đen thui hết', 'feedback'],
  ['Quầy thuốc tây trong chợ bán kháng sinh không cần đơn, còn có cả thuốc hết hạn, tôi có chụp hình lại', 'feedback'],
  [
    'đề nghị xử lý việc dựng rạp đám cưới chắn ngang hẻm 3 ngày liền, hôm qua xe cấp cứu không vào được phải khiêng người ra',
    'feedback',
  ],
  [
    'sao phường bắt dân nghèo tháo mái che trước nhà mà mấy nhà mặt tiền lớn lấn ra cả mét thì ko ai đụng tới, làm việc ko công bằng',
    'feedback',
  ],
  [
    "There's a big pile of construction waste dumped on the empty lot next to my apartment on Vo Nguyen Giap street. Rats everywhere now. Can someone clean it up?",
    'feedback',
  ],
  [
    'Đèn giao thông ngã 5 Đồng Khởi hỏng đèn xanh hướng Nguyễn Văn Cừ, cả ngày chỉ nháy vàng, xe tranh nhau đi',
    'feedback',
  ],
  [
    'loa phát thanh thôn mở từ 5h sáng quá to, mà nội dung toàn quảng cáo bán hàng chứ có phải tin của xã đâu',
    'feedback',
  ],
  [
    'Khu vực cầu Chữ Y bị mất trộm nắp cống, dây điện chiếu sáng cũng bị cắt trộm mấy lần rồi, tối đen như mực',
    'feedback',
  ],
  [
    'rác khu phố 6 cả tuần nay xe rác không tới thu gom, chất đống đầu hẻm, ruồi muỗi đầy sợ sốt xuất huyết',
    'feedback',
  ],
  [
    'Xin phản ánh: nhà văn hóa thôn Trung bị một hộ chiếm dụng làm kho chứa phân bón, thôn họp không có chỗ',
    'feedback',
  ],
  [
    'Tôi là giáo viên hợp đồng trường mầm non xã, đã 4 tháng chưa được trả lương, hỏi nhà trường thì nói chờ phòng giáo dục',
    'feedback',
  ],
  [
    'Thị trấn cho quán nhậu mở sát cổng trường mẫu giáo Hoa Sen, trưa nào cũng dô dô ồn ào, phụ huynh thấy rất không phù hợp',
    'feedback',
  ],
  [
    'Ghe hút cát trái phép trên sông Thu Bồn hoạt động ban đêm, máy nổ ầm ầm, bờ sông bên thôn tôi sạt lở từng mảng',
    'feedback',
  ],
  ['đường vào bệnh viện tỉnh bị xe ôm taxi đậu chiếm hết, xe cứu thương phải bóp còi mãi mới qua được', 'feedback'],
  [
    'Có người giả danh cán bộ BHXH tới từng nhà thu tiền gia hạn thẻ BHYT, phát biên lai giả, nhà bà ngoại tôi mất 1tr8',
    'feedback',
  ],
  [
    'mn ơi cho e phản ánh đường Trường Chinh đoạn trước cty may bị sụt lún 1 hố sâu gần 1m, có ai cắm biển đâu',
    'feedback',
  ],
  [
    'Trạm trộn bê tông gần khu dân cư Phú Mỹ chạy cả đêm, bụi xi măng phủ trắng mái nhà, xe bồn chạy liên tục',
    'feedback',
  ],
  [
    'Chúng tôi là hộ dân thôn 3, xã cắt nước tưới ruộng của bà con để ưu tiên cho trang trại của người quen, đề nghị làm rõ',
    'feedback',
  ],
  [
    'Bé nhà tôi học lớp 1 trường Hòa Bình, cô giáo đánh học sinh, phụ huynh có quay được clip, đề nghị xử lý nghiêm',
    'feedback',
  ],
  [
    'mương nước cuối hẻm 7 tù đọng lâu ngày, muỗi nhiều kinh khủng, nhờ phường cho người phun thuốc diệt muỗi',
    'feedback',
  ],
  [
    'Thấy có người đặt bẫy, bắn chim rừng trong khu bảo tồn núi Cấm rồi mang ra chợ bán công khai, ko ai quản lý sao',
    'feedback',
  ],
  [
    'Tôi nộp hồ sơ chuyển mục đích sử dụng đất, cán bộ bắt bổ sung giấy tờ 4 lần, mỗi lần nói 1 kiểu, làm khó dân như vậy là sai',
    'feedback',
  ],
  ['Em muốn tố cáo cơ sở massage trên đường Nguyễn Huệ hoạt động trá hình, khách ra vào tới khuya', 'feedback'],
  ['ONG NAO DO LAY DAT HANH LANG KENH XAY NHA TRO CHO THUE, XA BIET MA KO XU LY, DE NGHI TINH KIEM TRA', 'feedback'],
  ['Nhà chờ xe buýt tuyến 03 trước chợ hư mái, ghế gãy, trời mưa người già ko có chỗ đứng trú', 'feedback'],
  [
    'Nước lũ lên nhanh quá, xóm Bàu có 12 hộ bị cô lập, có người già và con nít, xin chính quyền hỗ trợ thuyền gấp',
    'feedback',
  ],
  [
    'Góp ý: cổng dịch vụ công của tỉnh hay lỗi khi tải file đính kèm, tôi thử 5 lần không nộp được, mong sửa sớm',
    'feedback',
  ],
  [
    'nhà hàng xóm xây lấn qua ranh đất nhà tui 30 phân, báo xã 2 lần mà xã bảo hai bên tự thỏa thuận, vậy chính quyền để làm gì',
    'feedback',
  ],
  [
    'Hồ đào đất ở cuối thôn sâu hoắm không rào không biển cảnh báo, lũ trẻ ra tắm suốt, năm ngoái đã có em đuối nước',
    'feedback',
  ],
  ['xe tải quá tải chạy qua cầu Bà Rén hoài, cầu rung lắc mạnh, sợ có ngày sập', 'feedback'],
  ['sân bóng mini khu Trung Sơn bật đèn pha mở nhạc tới 11h đêm, hò hét om sòm, dân xung quanh ko ngủ nổi', 'feedback'],
  ['Thịt heo bán ở chợ Cái Răng nghi bị bơm nước, có mùi lạ, ban quản lý chợ không kiểm tra gì hết', 'feedback'],
  [
    'Hẻm 15 Trần Quang Khải tối om vì mấy bóng đèn bị dây leo với cây che hết, nhờ bên chiếu sáng cắt tỉa giùm',
    'feedback',
  ],
  ['làm giấy khai sinh cho con cần những giấy tờ gì vậy ạ, bé mới sinh được 1 tuần', 'procedure'],
  ['Cho hỏi đăng ký kết hôn với người Hàn Quốc thì nộp ở đâu, hồ sơ gồm những gì, bao lâu có giấy', 'procedure'],
  ['Bố tôi mất ở bệnh viện tỉnh, giờ đăng ký khai tử thì ai đi làm được và mất bao lâu', 'procedure'],
  ['thur tucj xin trich luc khai sinh ban sao khi bi mat ban chinh lam sao ad', 'procedure'],
  ['Giấy khai sinh của em ghi sai dấu tên (Hùynh thành Huỳnh), cải chính có được không, lệ phí bao nhiêu', 'procedure'],
  [
    'xác nhận tình trạng hôn nhân để ra công chứng bán đất cần mang gì theo, làm ở xã nơi thường trú hay tạm trú',
    'procedure',
  ],
  ['2 vo chong chua dang ky ket hon, gio muon lam thu tuc nhan cha cho con thi can nhung gi', 'procedure'],
  ['Muốn đăng ký thường trú vào nhà anh ruột thì cần giấy tờ gì, anh tôi phải ký đồng ý ở đâu', 'procedure'],
  ['chủ nhà trọ có phải đi khai tạm trú cho người thuê ko hay người thuê tự làm trên VNeID được', 'procedure'],
  [
    'em chuyển vào Bình Dương làm việc thì có cần về quê xóa thường trú không hay đăng ký bên này là tự xóa',
    'procedure',
  ],
  ['Homestay nhà mình nhận khách thì thông báo lưu trú kiểu gì, khách nước ngoài có khác không', 'procedure'],
  ['làm cccd cho bé 6 tuổi ở đâu ạ, có mất phí ko, bé có phải chụp hình ko', 'procedure'],
  ['mat cccd thi cap lai mat bao lau phi bao nhieu v mn', 'procedure'],
  [
    'Năm nay con tôi đủ 25 tuổi, có bắt buộc đổi thẻ căn cước không, làm online được không hay phải lên công an',
    'procedure',
  ],
  ['tích hợp bằng lái xe vào VNeID làm ntn ạ, e làm hoài ko được', 'procedure'],
  ['kich hoat dinh danh dien tu muc 2 thi len cong an xa hay phuong nao cung dc', 'procedure'],
  ['Mua mảnh đất 100m2, sang tên sổ đỏ cần những bước nào, thuế phí hết khoảng bao nhiêu', 'procedure'],
  [
    'Đất ông bà để lại từ trước 1993, không có giấy tờ gì, giờ xin cấp sổ lần đầu có được không và làm ra sao',
    'procedure',
  ],
  ['tách thửa đất nông nghiệp ở tỉnh mình diện tích tối thiểu mỗi thửa là bao nhiêu m2 vậy', 'procedure'],
  ['chuyển mục đích từ đất trồng cây lâu năm lên đất ở thì thủ tục thế nào, tiền sử dụng đất tính ra sao', 'procedure'],
  ['bố mẹ mất ko để lại di chúc, mấy anh em muốn khai nhận thừa kế đất để sang tên thì làm ở đâu trước', 'procedure'],
  ['Sổ hồng nhà tôi ghi diện tích sai so với thực tế, thủ tục đính chính như thế nào', 'procedure'],
  [
    'đăng ký thế chấp quyền sử dụng đất để vay vốn ngân hàng thì nộp hồ sơ ở văn phòng đăng ký đất đai đúng ko',
    'procedure',
  ],
  [
    'Xin giấy phép xây dựng nhà ở riêng lẻ 3 tầng trong thành phố cần những bản vẽ gì, có phải thuê đơn vị thiết kế không',
    'procedure',
  ],
  ['nhà ở nông thôn xây mới có cần xin giấy phép xây dựng ko ad, nhà tui ở xã thuộc huyện', 'procedure'],
  ['Đất nằm trong quy hoạch làm đường thì có xin được giấy phép xây dựng có thời hạn không, điều kiện gì', 'procedure'],
  ['muốn mở tiệm tạp hóa nhỏ đăng ký hộ kinh doanh cần gì, nộp ở xã hay lên huyện', 'procedure'],
  ['thành lập cty TNHH 1 thành viên tự làm online được ko hay phải thuê dịch vụ, mất bao nhiêu ngày', 'procedure'],
  ['Công ty chuyển trụ sở sang huyện khác trong tỉnh thì thủ tục thay đổi đăng ký doanh nghiệp thế nào', 'procedure'],
  ['hộ kinh doanh muốn tạm ngưng 6 tháng thì có phải báo cho ai ko, có mất phí gì ko', 'procedure'],
  [
    'Mở quán cơm bình dân thì có cần giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm không, xin ở đâu',
    'procedure',
  ],
  ['xin giấy phép bán lẻ rượu cho cửa hàng tạp hóa thủ tục ra sao ạ', 'procedure'],
  ['Thủ tục cấp giấy phép kinh doanh karaoke gồm những gì, phòng hát phải rộng bao nhiêu m2', 'procedure'],
  ['Em tốt nghiệp dược, muốn mở nhà thuốc thì cần chứng chỉ hành nghề gì, xin ở Sở Y tế phải ko', 'procedure'],
  ['mẹ tôi năm nay tròn 80 tuổi, làm sao để được hưởng trợ cấp người cao tuổi hàng tháng', 'procedure'],
  ['Con em bị khuyết tật vận động, xin xác định mức độ khuyết tật để hưởng trợ cấp thì làm ở đâu', 'procedure'],
  ['Ông tôi là người có công với cách mạng vừa mất, gia đình làm hồ sơ hưởng mai táng phí thế nào', 'procedure'],
  ['nghỉ việc công ty rồi, muốn làm trợ cấp thất nghiệp thì nộp hồ sơ ở đâu, hạn chót là mấy tháng', 'procedure'],
  ['nhà tôi khó khăn muốn xin xét hộ cận nghèo thì làm đơn gửi ai, thời điểm nào xét', 'procedure'],
  ['mua BHYT hộ gia đình cho cả nhà 4 người thì mua ở đâu, người thứ 2 trở đi có được giảm không', 'procedure'],
  ['the bhyt bi mat roi cap lai o dau, co can giay to gi ko', 'procedure'],
  ['trẻ dưới 6 tuổi có tự động được cấp thẻ BHYT khi làm khai sinh không hay phải làm riêng', 'procedure'],
  [
    'Đổi nơi khám chữa bệnh ban đầu trên thẻ BHYT sang bệnh viện gần nhà thì làm sao, tháng nào mới đổi được',
    'procedure',
  ],
  ['Con tôi học lớp 7 ở Đồng Nai, giờ chuyển về quê học thì thủ tục chuyển trường gồm những gì', 'procedure'],
  ['Mất bằng tốt nghiệp THPT năm 2010, xin cấp bản sao ở sở giáo dục hay ở trường', 'procedure'],
  ['tuyển sinh lớp 1 năm nay đăng ký trực tuyến trên trang nào vậy, ko có hộ khẩu ở đây có đk được ko', 'procedure'],
  ['Con em thuộc hộ nghèo thì làm đơn miễn giảm học phí nộp cho trường hay cho xã ạ', 'procedure'],
  [
    'giấy phép lái xe ô tô hạng B2 sắp hết hạn, đổi online trên dịch vụ công được ko hay phải đi khám sức khỏe trước',
    'procedure',
  ],
  ['Mới mua xe máy ở đại lý thì đăng ký biển số làm ở công an xã luôn được không', 'procedure'],
  ['mua lại xe cũ của người quen ở tỉnh khác, sang tên đổi chủ thì làm ở đâu, cần giấy tờ gì', 'procedure'],
  ['cấp lại bằng lái xe máy bị mất thì có phải thi lại ko', 'procedure'],
  ['I want to drive in Australia next month. How do I get an international driving permit here?', 'procedure'],
  ['Chứng thực bản sao từ bản chính ở UBND xã mỗi trang bao nhiêu tiền, mang bản gốc theo là được hả', 'procedure'],
  ['Em đi làm xa, muốn làm giấy ủy quyền cho mẹ đi rút hồ sơ thì chứng thực chữ ký ở đâu', 'procedure'],
  ['Hợp đồng mua bán nhà đất bắt buộc phải công chứng hay chứng thực ở xã cũng được, phí thế nào', 'procedure'],
  ['ba tôi muốn lập di chúc tại UBND xã có được không, cần mấy người làm chứng', 'procedure'],
  [
    "Hi, I'm a British teacher starting at a language school in the province. What documents do I need for a work permit and how long does it take?",
    'procedure',
  ],
  [
    'My wife is Vietnamese. How can I apply for a temporary residence card (TRC) as a foreigner married to a Vietnamese citizen?',
    'procedure',
  ],
  [
    'Tôi là người Nhật, muốn đăng ký kết hôn với người Việt tại tỉnh, cần giấy tờ gì và có phải dịch thuật công chứng ko',
    'procedure',
  ],
  ['xin phiếu lý lịch tư pháp số 1 để đi xuất khẩu lao động làm online được k, mấy ngày có', 'procedure'],
  ['làm hộ chiếu phổ thông online trên cổng dịch vụ công cần chuẩn bị gì, bao lâu nhận', 'procedure'],
  ['Con tôi sinh ở Nhật, giờ về VN muốn đăng ký khai sinh cho cháu thì làm sao ạ', 'procedure'],
  ['Em trai tôi bị tâm thần, bố mẹ mất hết rồi, giờ tôi muốn đăng ký giám hộ cho em thì thủ tục gì', 'procedure'],
  ['vợ chồng hiếm muộn muốn nhận con nuôi trong nước thì hồ sơ và trình tự ra sao', 'procedure'],
  ['Khoan giếng nước ngầm cho trang trại có phải xin giấy phép khai thác tài nguyên nước ko', 'procedure'],
  ['Cần giấy xác nhận thông tin về cư trú CT07 để nộp hồ sơ cho con đi học, làm trên VNeID được không', 'procedure'],
  ['vợ tui ko có đóng bảo hiểm xã hội, sinh con thì có được hỗ trợ tiền gì ko, làm hồ sơ ở đâu', 'procedure'],
  ['Thủ tục đăng ký và cấp biển số cho ô tô mới mua trả góp, ngân hàng giữ giấy thì làm sao', 'procedure'],
  ['đăng ký tàu cá mới đóng dài 15m làm ở chi cục thủy sản hả, cần những giấy gì', 'procedure'],
  ['tôi là lương y gia truyền muốn mở phòng chẩn trị y học cổ truyền cần giấy phép gì', 'procedure'],
  ['ad oi dang ky ket hon co phai nop giay kham suc khoe ko, 2 dua khac tinh thi lam o dau', 'procedure'],
  [
    'e muốn chuyển hộ khẩu... à giờ gọi là thường trú, từ nhà ba mẹ qua nhà mới mua, cần sổ hồng bản gốc ko',
    'procedure',
  ],
  [
    'Xin cấp giấy phép xây dựng sửa chữa cải tạo nhà cổ trong khu phố cổ Hội An có khác thủ tục thường không',
    'procedure',
  ],
  ['tui mở tiệm cắt tóc nhỏ có cần đăng ký kinh doanh ko hay chỉ đóng thuế khoán', 'procedure'],
  ['hướng dẫn em nộp hồ sơ cấp đổi giấy chứng nhận quyền sử dụng đất từ sổ cũ sang mẫu mới với ạ', 'procedure'],
  [
    'Xin hỏi thủ tục gia hạn visa cho người nước ngoài đang du lịch ở tỉnh, nộp ở phòng xuất nhập cảnh công an tỉnh phải không',
    'procedure',
  ],
  ['Cho mình hỏi cấp giấy phép kinh doanh vận tải hành khách bằng xe hợp đồng cần những điều kiện gì', 'procedure'],
  ['cong chung ban dich ho chieu tieng anh sang tieng viet lam o phong tu phap hay van phong cong chung', 'procedure'],
  ['hồ sơ 000.00.21.H40-260114-0037 đăng ký khai sinh cho con tôi đã có kết quả chưa ạ', 'dossier'],
  ['cho hỏi tiến độ hồ sơ cấp đổi sổ đỏ mã H40-260219-0088, hẹn trả từ tuần trước rồi', 'dossier'],
  ['000 00 07 H40 251230 0112 toi dau roi ad, hs giay phep xay dung nha toi', 'dossier'],
  ['hồ sơ chuyển nhượng đất của tui nộp ở một cửa huyện hôm 12/1 giờ xong chưa vậy', 'dossier'],
  ['Could you check the status of my work permit application H40-260203-0415?', 'dossier'],
  ['Hồ sơ đăng ký hộ kinh doanh mã 000.00.33.H40-260121-0009 sao vẫn chưa được duyệt vậy', 'dossier'],
  ['hồ sơ xin trợ cấp người cao tuổi cho mẹ tôi nộp ở xã Tân Phú tháng trước giờ tới bước nào rồi ạ', 'dossier'],
  ['Cho tôi xem tất cả các hồ sơ tôi đã nộp', 'my_dossiers'],
  ['quên mất mã hồ sơ rồi, tra theo số điện thoại được ko ạ', 'my_dossiers'],
  ['mình có mấy bộ hồ sơ nộp ở huyện với ở sở, liệt kê hết giúp mình với', 'my_dossiers'],
  ['Can you list all the applications I have submitted?', 'my_dossiers'],
  ['báo cho tôi khi hồ sơ 000.00.12.H40-260110-0254 có kết quả nhé', 'dossier_follow'],
  ['theo dõi hồ sơ H40-260127-0031 giùm tui, có gì mới nhắn liền nha', 'dossier_follow'],
  ['khi nào hs đăng ký kết hôn mã 000.00.21.H40-260205-0077 xong thì nhắn em với ạ', 'dossier_follow'],
  ['Please notify me whenever dossier H40-260301-0102 changes status', 'dossier_follow'],
  ['dang ky nhan thong bao tinh trang ho so 000 00 45 H40 260212 0006', 'dossier_follow'],
  ['thôi đừng báo hồ sơ H40-260114-0037 nữa, tôi nhận sổ rồi', 'dossier_unfollow'],
  ['hủy theo dõi hồ sơ 000.00.21.H40-251220-0190', 'dossier_unfollow'],
  ['ngừng gửi tin về hồ sơ khai sinh của con tôi giúp nhé, lấy giấy rồi', 'dossier_unfollow'],
  ['bo theo doi ho so 000.00.07.H40-260108-0033 dum', 'dossier_unfollow'],
  ['Stop sending me updates for application H40-260115-0219, thanks', 'dossier_unfollow'],
  ['xem danh sách hồ sơ đang nhận thông báo của mình', 'follows'],
  ['mình đăng ký theo dõi mấy hồ sơ rồi nhỉ, cho xem lại', 'follows'],
  ['cac hs dang theo doi cua toi', 'follows'],
  ['tra mst 0315577204 giúp mình', 'business'],
  ['công ty có mã số thuế 0108765432-002 còn hoạt động không ạ', 'business'],
  ['4201783365 là công ty gì vậy, ai đứng tên đại diện pháp luật', 'business'],
  ['check tax code 3603991247 please, need the company name and address', 'business'],
  ['hộ kinh doanh mst 8512306674-001 địa chỉ ở đâu ạ', 'business'],
  ['phản ánh PA-2026-000417 xử lý tới đâu rồi', 'feedback_ticket'],
  ['pa-zl-2026-001205 sao chưa thấy ai trả lời vậy', 'feedback_ticket'],
  ['cho hỏi phản ánh số 452 của tôi về cái ổ gà đã có ai xuống xử lý chưa', 'feedback_ticket'],
  ['kiểm tra giúp mã phản ánh PA 2026 003318', 'feedback_ticket'],
  ["What's the status of my report PA-2025-009871?", 'feedback_ticket'],
  ['các phản ánh tôi đã gửi giờ ra sao rồi', 'my_feedback'],
  ['xem lại danh sách kiến nghị của tôi', 'my_feedback'],
  ['tui gui may cai phan anh roi ma ko nho so, cho xem het di', 'my_feedback'],
  ['lịch sử phản ánh của mình', 'my_feedback'],
  ["show me all the complaints I've sent", 'my_feedback'],
  ['đăng ký nhận tin thời tiết với cảnh báo thiên tai', 'subscriptions'],
  ['tôi muốn nhận thông báo của xã Hòa Tiến', 'subscriptions'],
  ['cho em đăng ký nhận tin về tuyển sinh, giáo dục ạ', 'subscriptions'],
  ["I'd like to subscribe to health announcements", 'subscriptions'],
  ['nhan tin y te voi lich tiem chung cho con', 'subscriptions'],
  ['hủy đăng ký nhận tin thời tiết', 'unsubscribe'],
  ['bỏ chủ đề giáo dục đi, con tôi ra trường rồi', 'unsubscribe'],
  ['cho tôi nói chuyện với cán bộ thật', 'handoff'],
  ['gặp người trực giúp em, bot trả lời ko đúng ý', 'handoff'],
  ['e muon chat voi nhan vien', 'handoff'],
  ['chuyển cho cán bộ tiếp dân dùm tui', 'handoff'],
  ['trung tâm phục vụ hành chính công mở cửa mấy giờ, thứ 7 có làm ko', 'help'],
  ['địa chỉ bộ phận một cửa của tỉnh ở đâu ạ', 'help'],
  ['hướng dẫn sử dụng zalo này như nào', 'help'],
  ['What is the hotline and office hours?', 'help'],
  ['show menu', 'menu'],
  ['các anh lưu những dữ liệu gì của tôi', 'my_data'],
  ['theo luật bảo vệ dữ liệu cá nhân tôi muốn biết hệ thống đang giữ thông tin gì của tôi', 'my_data'],
  ['sdt cua minh co bi luu ko', 'my_data'],
  ['tôi yêu cầu xoá thông tin cá nhân', 'erase_my_data'],
  ['tôi rút lại sự đồng ý, xóa dữ liệu của tôi đi', 'erase_my_data'],
  ['bán đất nền giá rẻ sổ sẵn, liên hệ 0977 512 038', 'none'],
  ['tiền điện tháng này sao cao quá', 'none'],
  ['tra phạt nguội biển số 51H-123.45', 'none'],
  ['vay tiền online nhanh ko cần thế chấp', 'none'],
];

// Tuning 63 (188 messages, written blind on 2026-12-05 from the list of labels only, to be learnt from, not to
// study: the less frequent labels, each in many phrasings).
const batch63Tune: [string, string][] = [
  ['Quán karaoke đầu hẻm hát tới 1h sáng, đề nghị xử lý', 'feedback'],
  ['tra cuu phan anh so pa-zl-2026-001205', 'feedback_ticket'],
  ['Cái đơn phản ánh rác thải số 2031 bên tôi có được chuyển cho phường chưa', 'feedback_ticket'],
  ['zalo này có giữ số điện thoại với địa chỉ nhà tui không vậy', 'my_data'],
  ['tiền điện tháng này sao cao vậy, đóng ở đâu', 'none'],
  ['nhung ho so toi theo doi', 'follows'],
  ['co j moi ve hs 000.00.21.H40-260128-0210 thi ib minh nhe', 'dossier_follow'],
  ['status of application 000.00.15.H40-260207-0404', 'dossier'],
  ['XEM PHẢN ÁNH ĐÃ GỬI', 'my_feedback'],
  ['mình muốn theo dõi tin tức về tuyển sinh đầu cấp cho con', 'subscriptions'],
  ['Tôi đã gửi mấy phản ánh rồi mà ko nhớ mã, xem hết giúp tôi được không', 'my_feedback'],
  ['số đường dây nóng của tỉnh là bao nhiêu', 'help'],
  ['Do you support English language', 'language'],
  ['Kiểm tra thông tin doanh nghiệp theo mã số thuế 2300456712', 'business'],
  ['phan anh ma PAZL2026000334 cua e xu ly xong chua z', 'feedback_ticket'],
  ['tôi muốn xóa hết thông tin của mình trên hệ thống', 'erase_my_data'],
  ['cho em gặp chuyên viên bộ phận một cửa để hỏi trực tiếp', 'handoff'],
  ['What is the address and opening hours of the public service center?', 'help'],
  ['tôi quên mất mã hồ sơ rồi, có cách nào xem lại các hồ sơ mình đã nộp ko ad', 'my_dossiers'],
  ['subscribe to weather alerts', 'subscriptions'],
  ['bật nhận tin tức từ UBND tỉnh', 'subscriptions'],
  ['phản ánh của tui đâu hết rồi', 'my_feedback'],
  ["I don't understand Vietnamese", 'language'],
  ['kiểm tra tình trạng kiến nghị PA-2026-000640', 'feedback_ticket'],
  ['Please remove everything you stored about me', 'erase_my_data'],
  ['Em có đăng ký nhận thông báo cho mấy hồ sơ mà quên là hồ sơ nào rồi, xem lại giúp em', 'follows'],
  ['Tui cần gọi điện hỏi, cho tui số điện thoại', 'help'],
  ['Đối tác đưa mã số thuế 5801234098 mà tui nghi là cty ma, tra giùm coi có thật hông', 'business'],
  ['hệ thống đang lưu những thông tin cá nhân nào của tôi', 'my_data'],
  ['tra ho so H40-260219-0088', 'dossier'],
  ['dạ em chào cán bộ', 'welcome'],
  ['Cho hỏi phản ánh số 452 tôi gửi tuần trước đã có ai xử lý chưa', 'feedback_ticket'],
  ['liệt kê các dịch vụ bạn hỗ trợ', 'menu'],
  ['Em ko muốn theo dõi hồ sơ đăng ký kết hôn nữa ạ, đã lấy giấy rồi', 'dossier_unfollow'],
  ['bật thông báo cho hồ sơ của tôi', 'dossier_follow'],
  ['PA-2026-000893 sao chưa thấy trả lời', 'feedback_ticket'],
  ['thôi khỏi gửi tin tuyển sinh nữa ad ơi', 'unsubscribe'],
  ['cửa hàng bên cạnh nhà em ghi mst 8034567120 trên hóa đơn, xem giúp hộ đó tên gì', 'business'],
  ['thôi không cần báo về hồ sơ H40-260114-0037 nữa', 'dossier_unfollow'],
  ['my applications list pls', 'my_dossiers'],
  ['có những tiện ích gì trên này vậy ad', 'menu'],
  ['Is company 0314567821 still active? I need to verify a supplier', 'business'],
  ['chào bạn nha', 'welcome'],
  ['Đừng gửi tin tức cho tôi nữa, nhiều quá', 'unsubscribe'],
  ['cho tui tra lai phan anh ma PA-2026-000099 coi ai dang xu ly', 'feedback_ticket'],
  ['hồ sơ cấp đổi sổ đỏ của tui mã H40.260110.0456 khi nào có bước mới thì báo tui biết với nha', 'dossier_follow'],
  ['Cho hỏi hiện tui đang bật thông báo cho bao nhiêu hồ sơ', 'follows'],
  ['giờ làm việc buổi chiều mấy giờ', 'help'],
  ['ad ơi cho e coi lại lịch sử phản ánh của e', 'my_feedback'],
  ['Đăng ký thường trú cho vợ về nhà chồng thì nộp hồ sơ ở công an xã hay ở đâu', 'procedure'],
  ['huy nhan tin ve hs 000.00.21.H40-260115-0088 giup em', 'dossier_unfollow'],
  ['giấy biên nhận bị con xé mất tiêu rồi, giờ coi hồ sơ mình nộp ở đâu', 'my_dossiers'],
  ['mấy cái phản ánh của cô có cái nào được giải quyết chưa con', 'my_feedback'],
  ['chuyen ngon ngu sang tieng viet', 'language'],
  ['thur tucj lam giay khai sinh cho con can giay to gi', 'procedure'],
  ['xem ket qua xu ly phan anh 1186', 'feedback_ticket'],
  ['kiem tra du lieu ca nhan', 'my_data'],
  ['quyền riêng tư, xem thông tin đã lưu', 'my_data'],
  ['bỏ chủ đề y tế ra khỏi thông báo của tôi', 'unsubscribe'],
  ['quay về tiếng Việt giúp tôi', 'language'],
  [
    'Tôi gửi phản ánh vụ karaoke hàng xóm, mã pa-zl-2026-000781, 2 tuần rồi vẫn chưa thấy động tĩnh gì hết',
    'feedback_ticket',
  ],
  ['toi can nguoi ho tro truc tiep', 'handoff'],
  ['cho em xem danh sách hồ sơ em đã nộp với', 'my_dossiers'],
  ['ai la nguoi dai dien phap luat cua cty 0401789012', 'business'],
  ['den duong hem 12 Nguyen Trai tat 1 tuan nay', 'feedback'],
  ['kiem tra cac ho so minh dang dang ky nhan thong bao', 'follows'],
  ['mst 3702198456 la cua dn nao vay', 'business'],
  ['ngày nào cũng nhắn mấy tin thời tiết, tắt giùm cái', 'unsubscribe'],
  ['Zalo này dùng như thế nào vậy, tôi mới quan tâm', 'help'],
  ['Nói với máy hoài không được, chuyển cho cán bộ trực giùm tôi', 'handoff'],
  ['em quên hết mã phản ánh rồi, tra theo sdt 0912 347 865 được ko', 'my_feedback'],
  ['huy nhan tin giao duc, con toi ra truong roi', 'unsubscribe'],
  ['hộ kinh doanh mã 8123456789-001 đăng ký ở đâu vậy ad', 'business'],
  ['tôi muốn nhận tin tức y tế của tỉnh', 'subscriptions'],
  ['xoa thong tin ca nhan cua minh khoi zalo oa nay', 'erase_my_data'],
  ['tính năng', 'menu'],
  ['tôi muốn ngưng nhận tất cả bản tin của tỉnh', 'unsubscribe'],
  ['There is illegal dumping near the river bank by Ward 2', 'feedback'],
  ['em không muốn hệ thống giữ số cccd của em, xóa giúp em', 'erase_my_data'],
  ['can I see all the applications I have submitted? I lost the receipt codes', 'my_dossiers'],
  ['ad oi co nguoi that o day ko', 'handoff'],
  ['hồ sơ con tui xong rồi, đừng gửi tin về nó nữa nha', 'dossier_unfollow'],
  ['hs nao dang dc theo doi vay', 'follows'],
  ['Check feedback ticket pa-zl-2026-002417', 'feedback_ticket'],
  ['cho xem danh sách chức năng', 'menu'],
  ['MST CUA CHI NHANH 0105432167-003 DANG KY DIA CHI NAO', 'business'],
  ['mình đang nhận tin nhắn báo về những hs nào vậy ad', 'follows'],
  ['How do I get news from the province about health and schools?', 'subscriptions'],
  ['Thứ bảy bộ phận một cửa có làm việc không', 'help'],
  ['follow ho so H40-251215-0777', 'dossier_follow'],
  ['Theo Luật bảo vệ dữ liệu cá nhân, tôi yêu cầu xóa toàn bộ dữ liệu về tôi', 'erase_my_data'],
  ['How do I register a household business?', 'procedure'],
  ['hủy theo dõi hồ sơ 000.00.21.H40-251220-0045', 'dossier_unfollow'],
  ['Tôi có đang theo dõi hồ sơ H40-260114-0037 không? xem giúp danh sách', 'follows'],
  ['có anh chị nào đang trực thì nhắn lại em với ạ', 'handoff'],
  ['theo doi ho so 000 00 07 H40 251230 0112 giup toi', 'dossier_follow'],
  ['000 00 07 H40 251230 0112', 'dossier'],
  ['TAT THONG BAO TIN TUC', 'unsubscribe'],
  ['what info do u have on me', 'my_data'],
  ['Làm sao để tra tất cả hồ sơ đứng tên mình vậy? Tôi nộp 3 cái từ tháng trước', 'my_dossiers'],
  ['thu tuc cap doi cccd het han mat bao lau', 'procedure'],
  ['cac ban luu sdt voi ten toi ah', 'my_data'],
  ["I'd like to get alerts on the status of dossier 000.00.07.H40-260211-0093", 'dossier_follow'],
  ['Kính chào Chính quyền điện tử tỉnh', 'welcome'],
  ['can I talk to a human', 'handoff'],
  ['Có chỗ nào đăng ký nhận thông báo của xã mình không, tôi ở xã Hòa Phong', 'subscriptions'],
  ['ds ho so dang follow', 'follows'],
  ['nhan thong bao cua phuong 5 va tin y te', 'subscriptions'],
  ['Theo Luật 91/2025 tôi có quyền biết các anh lưu dữ liệu gì của tôi, cho tôi xem', 'my_data'],
  ['check tax code 0109876543 please', 'business'],
  ['Bác nộp giấy tờ đất với giấy tờ cho thằng cháu ở xã, giờ muốn coi hết một lượt thì làm sao con', 'my_dossiers'],
  ['xin xác nhận tình trạng hôn nhân có làm online được không', 'procedure'],
  ['rút lại đồng ý xử lý dữ liệu cá nhân và xóa dữ liệu', 'erase_my_data'],
  ['unfollow H40-260203-0120', 'dossier_unfollow'],
  ['Tôi muốn biết thông tin của mình được dùng vào mục đích gì và lưu những gì', 'my_data'],
  ['stop notifying me about my application, I already got the result', 'dossier_unfollow'],
  ['ad có lưu cccd của e ko', 'my_data'],
  ['ngung theo doi ho so 000 00 07 H40 260102 0311', 'dossier_unfollow'],
  ['Làm sao để thôi nhận tin từ xã cũ, tôi chuyển nhà rồi', 'unsubscribe'],
  ['gỡ hồ sơ H40.260125.0056 khỏi danh sách theo dõi', 'dossier_unfollow'],
  ['Mùa mưa bão tới rồi, cho tui nhận tin cảnh báo lũ với', 'subscriptions'],
  ['Cho cô coi mấy cái hồ sơ cô nhờ theo dõi đó con', 'follows'],
  ['I sent a few complaints last month, can I see them all and their status', 'my_feedback'],
  ['TÔI MUỐN XEM TOÀN BỘ HỒ SƠ TÔI ĐÃ GỬI', 'my_dossiers'],
  ['tat bao trang thai ho so so do di ad, lay so r', 'dossier_unfollow'],
  ['chọn chủ đề thông báo', 'subscriptions'],
  ['cho xin sđt liên hệ của trung tâm hành chính công', 'help'],
  ['cty có mst 0108765432-002 còn hoạt động ko', 'business'],
  ['tôi muốn nói chuyện với nhân viên, không phải bot', 'handoff'],
  ['rác tồn đọng ở khu phố 3 phường 7 mấy ngày không ai thu gom', 'feedback'],
  ['co cach nao nhan thong bao tu dong khi hs cua minh doi trang thai ko', 'dossier_follow'],
  ['Bot trả lời không đúng ý, có ai trực không cho tui hỏi chút', 'handoff'],
  ['chuyển máy cho ai đó có thể giải đáp được đi', 'handoff'],
  ['hs cap giay phep kinh doanh ma H40.260130.0012 co ket qua chua', 'dossier'],
  ['Cán bộ một cửa xã tôi thái độ hách dịch, hẹn 3 lần chưa trả', 'feedback'],
  ['Đăng ký nhận bản tin tỉnh', 'subscriptions'],
  ['Năm nay tôi gửi phản ánh về đường, về đèn, về rác, giờ muốn xem lại tất cả tình trạng', 'my_feedback'],
  ['Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ là bao nhiêu', 'procedure'],
  ['Tổng hợp giúp tôi các phản ánh tôi đã gửi qua Zalo từ đầu năm', 'my_feedback'],
  ['mất phiếu hẹn rồi ko biết mã hs là j, tra bằng tên đc ko ad', 'my_dossiers'],
  ['dang ky nhan tin giao duc', 'subscriptions'],
  ['toi nop may bo hs o bo phan mot cua ma gio ko nho ma, xem giup toi het duoc ko', 'my_dossiers'],
  ['Cho tôi trích xuất dữ liệu cá nhân mà hệ thống đang giữ', 'my_data'],
  ['dia chi ubnd tinh o dau', 'help'],
  ['liệt kê giúp tôi các hồ sơ đã nộp bằng sđt 0987 215 334', 'my_dossiers'],
  ['tôi nhận được kết quả rồi, tắt thông báo hồ sơ đó đi', 'dossier_unfollow'],
  ['làm sao để xóa tài khoản và dữ liệu', 'erase_my_data'],
  ['những kiến nghị mình gửi lên giờ xử lý tới đâu hết rồi', 'my_feedback'],
  ['hs của e nộp online trên cổng dvc mà quên mã tra cứu r, có xem theo số điện thoại đc k', 'my_dossiers'],
  ['sang ten so do cho con can nhung gi', 'procedure'],
  [
    'Nhờ các anh chị theo dõi giùm hồ sơ xin giấy phép xây dựng của nhà tôi, có kết quả thì nhắn qua zalo này',
    'dossier_follow',
  ],
  ['Hôm trước tôi có bấm theo dõi hồ sơ, giờ muốn coi lại danh sách đó ở đâu', 'follows'],
  ['please remove me from the news list', 'unsubscribe'],
  ['cac kien nghi da gui cua minh', 'my_feedback'],
  ['Cho tôi thêm chủ đề thiên tai vào danh sách nhận tin', 'subscriptions'],
  ['e muốn nhận tb lịch tiêm chủng, dịch bệnh thì đk ở đâu', 'subscriptions'],
  ['đăng ký kết hôn với người nước ngoài làm ở đâu', 'procedure'],
  ['my wife is foreign, can this chat be in english', 'language'],
  ['Cho mình hỏi công ty mã số thuế 4201234567 tên gì, địa chỉ ở đâu', 'business'],
  ['Làm ơn dừng gửi cập nhật về hồ sơ mã 000.45.31.H40-251228-0019, tôi đã rút hồ sơ', 'dossier_unfollow'],
  ['email liên hệ là gì ạ', 'help'],
  ['Mấy cái hồ sơ tui nộp năm nay giờ sao rồi, tui hổng nhớ mã số', 'my_dossiers'],
  ['xem cacs hoof sow cuar toi', 'my_dossiers'],
  ['Chào anh chị ạ', 'welcome'],
  [
    'Tôi sắp ký hợp đồng với một công ty, MST 0312456789, nhờ kiểm tra giùm xem doanh nghiệp này còn hoạt động hay đã giải thể',
    'business',
  ],
  ['Ngày nào cũng nhắn về cái hồ sơ đó, phiền quá, bỏ theo dõi giùm', 'dossier_unfollow'],
  ['tra cứu mã số thuế 0315577204', 'business'],
  ['Khi nào hồ sơ H40-260219-0088 xong thì nhắn tin cho em với', 'dossier_follow'],
  ['Bot làm được những gì vậy', 'menu'],
  ['hồ sơ 000.00.21.H40-260114-0037 đến đâu rồi', 'dossier'],
  ['erase all my personal information', 'erase_my_data'],
  ['PA-2026-001002 đã có kết quả chưa ạ', 'feedback_ticket'],
  ['Tôi không muốn ngày nào cũng vào tra, có chế độ tự báo khi hồ sơ có kết quả không?', 'dossier_follow'],
  ['kiến nghị mã PA-2025-012340 về ổ gà đường Lê Lợi giờ sao rồi ad', 'feedback_ticket'],
  ['show my followed applications', 'follows'],
  ['Hồ sơ sổ đỏ của tôi nộp từ tháng 11 xong chưa vậy', 'dossier'],
  ['notify me when my application H40-260301-0145 is done', 'dossier_follow'],
  ['đăng ký nhận tin hồ sơ 000.00.12.H40-260205-0321', 'dossier_follow'],
  ['Cho mình đổi sang English cho người nước ngoài ở nhà mình dùng', 'language'],
  ['đăng ký nhận thông báo về thời tiết, thiên tai', 'subscriptions'],
  [
    'Em đi làm xa nên nhờ hệ thống nhắn em khi hồ sơ khai sinh cho con có kết quả ạ, mã 000.33.25.H40-260120-0009',
    'dossier_follow',
  ],
  ['hủy theo dõi các chủ đề tin tức', 'unsubscribe'],
  ['0316789045 tra giúp', 'business'],
  ['đường Trần Phú đoạn gần chợ có ổ gà rất to, xe máy té mấy vụ rồi', 'feedback'],
  ['nhà bên cạnh xây lấn ra vỉa hè, báo cho ai xử lý', 'feedback'],
  ["what's the status of my report PA-2026-000256", 'feedback_ticket'],
  ['bán đất nền giá rẻ liên hệ 0909 888 777', 'none'],
  ['ko muốn nhận tin nữa', 'unsubscribe'],
];

export const UNDERSTANDING_CORPUS: readonly LabelledMessage[] = [
  ...tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 1' })),
  // Held-out 1 to 3 measured the sessions they were written in; their misses were studied since: tuning now.
  ...holdout.map(([text, expected]) => ({ text, expected, batch: 'tuning 3 (held-out 1)' })),
  ...moreTune.map(([text, expected]) => ({ text, expected, batch: 'tuning 2' })),
  ...moreHoldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 4 (held-out 2)' })),
  ...freshHoldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 5 (held-out 3)' })),
  // Held-out 4 measured the session it was written in; it is tuning now, held-out 5 takes its place.
  ...laterHoldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 6 (held-out 4)' })),
  ...problemTune.map(([text, expected]) => ({ text, expected, batch: 'tuning 7' })),
  ...subjectTune.map(([text, expected]) => ({ text, expected, batch: 'tuning 8' })),
  ...chatTune.map(([text, expected]) => ({ text, expected, batch: 'tuning 9' })),
  ...batch10Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 10' })),
  ...batch11Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 11' })),
  ...batch12Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 12' })),
  ...batch13Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 13' })),
  ...batch14Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 14' })),
  ...batch15Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 15' })),
  ...batch16Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 16' })),
  ...batch17Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 17' })),
  // Held-out 5 to 7 measured the sessions they were written in; their misses were studied since: tuning now.
  ...batch5.map(([text, expected]) => ({ text, expected, batch: 'tuning 18 (held-out 5)' })),
  ...batch6.map(([text, expected]) => ({ text, expected, batch: 'tuning 19 (held-out 6)' })),
  ...batch7.map(([text, expected]) => ({ text, expected, batch: 'tuning 20 (held-out 7)' })),
  // Held-out 8 and 9 measured the rounds of tuning 15 to 17 (89.7 % together after them); their misses were studied
  // in the round of tuning 21 and 22: tuning now, fresh blind batches take their place.
  ...batch8.map(([text, expected]) => ({ text, expected, batch: 'tuning 21 (held-out 8)' })),
  ...batch9.map(([text, expected]) => ({ text, expected, batch: 'tuning 22 (held-out 9)' })),
  // Held-out 10 to 12 (written blind on 2026-12-03 from the list of labels only) measured the rounds of tuning 21 to
  // 23 (94.8 % together after them); their misses were studied in the round of tuning 24 to 26: tuning now, fresh
  // blind batches take their place.
  ...batch10Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 24 (held-out 10)' })),
  ...batch11Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 25 (held-out 11)' })),
  ...batch12Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 26 (held-out 12)' })),
  // Held-out 13 and 14 (written blind on 2026-12-03 by two helpers who read only the list of labels, during the round
  // of tuning 24 to 26, which never saw them) measured that round at 90.0 % together; their misses were studied in the
  // round of tuning 27 and 28: tuning now, fresh blind batches take their place.
  ...batch13Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 27 (held-out 13)' })),
  ...batch14Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 28 (held-out 14)' })),
  // Held-out 15 and 16 (written blind on 2026-12-03 by two helpers who read only the list of labels, during the round
  // of tuning 27 and 28, which never saw them) measured that round at 91.0 % together; their misses were studied in the
  // round of tuning 29 and 30: tuning now, fresh blind batches take their place.
  ...batch15Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 29 (held-out 15)' })),
  ...batch16Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 30 (held-out 16)' })),
  // Held-out 17 and 18 (written blind on 2026-12-03 by two helpers who read only the list of labels, before the round
  // of tuning 29 and 30, which never saw them) measured that round at 92.0 % together after it; their misses were
  // studied in the round of tuning 31 and 32: tuning now, fresh blind batches take their place.
  ...batch17Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 31 (held-out 17)' })),
  ...batch18Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 32 (held-out 18)' })),
  // Held-out 19 to 22 (19 and 20 written blind on 2026-12-04 before the round of tuning 31 and 32, which never saw
  // them; 21 and 22 after it) measured 83.7 % together on the build after that round; their misses were studied in
  // the round of tuning 33 to 36: tuning now, fresh blind batches take their place.
  ...batch19Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 33 (held-out 19)' })),
  ...batch20Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 34 (held-out 20)' })),
  ...batch21Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 35 (held-out 21)' })),
  ...batch22Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 36 (held-out 22)' })),
  // Held-out 23 and 24 (written blind on 2026-12-04 from the list of labels only, while the round of tuning 33 to 36
  // ran without them) measured that round at 92.4 % together after it; their misses were studied in the round of
  // tuning 37 and 38: tuning now, fresh blind batches take their place.
  ...batch23Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 37 (held-out 23)' })),
  ...batch24Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 38 (held-out 24)' })),
  // Held-out 25 and 26 (written blind on 2026-12-04 from the list of labels only, while the round of tuning 37 and 38
  // ran without them) measured that round at 93.1 % together after it; their misses were studied in the round of
  // tuning 39 and 40: tuning now, fresh blind batches take their place.
  ...batch25Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 39 (held-out 25)' })),
  ...batch26Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 40 (held-out 26)' })),
  // Held-out 27 and 28 (written blind on 2026-12-04 from the list of labels only, before the round of tuning 39 and 40,
  // which never saw them) measured that round at 95.9 % together after it; their misses were studied in the round of
  // tuning 41 and 42: tuning now, fresh blind batches take their place.
  ...batch27Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 41 (held-out 27)' })),
  ...batch28Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 42 (held-out 28)' })),
  // Held-out 29 and 30 (written blind on 2026-12-04 from the list of labels only, after the round of tuning 39 and 40)
  // measured the round of tuning 41 and 42 at 92.5 % together after it; their misses were studied in the round of
  // tuning 43 and 44: tuning now, fresh blind batches take their place.
  ...batch29Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 43 (held-out 29)' })),
  ...batch30Heldout.map(([text, expected]) => ({ text, expected, batch: 'tuning 44 (held-out 30)' })),
  ...batch45Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 45' })),
  ...batch46Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 46' })),
  ...batch47Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 47' })),
  ...batch48Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 48' })),
  ...batch49Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 49' })),
  ...batch50Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 50' })),
  ...batch51Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 51' })),
  ...batch52Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 52' })),
  ...batch53Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 53' })),
  ...batch54Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 54' })),
  ...batch55Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 55' })),
  ...batch56Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 56' })),
  ...batch57Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 57' })),
  ...batch58Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 58' })),
  ...batch59Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 59' })),
  ...batch60Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 60' })),
  ...batch61Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 61' })),
  ...batch62Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 62' })),
  ...batch63Tune.map(([text, expected]) => ({ text, expected, batch: 'tuning 63' })),
];
