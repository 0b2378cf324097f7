import Vapor
import Views

/// The addresses of the "Dân vận khéo" pages, used both to register routes and to build links.
enum ExemplarURL {
    case list
    case register
    case show(SiteURL.ID)
    case update(SiteURL.ID)
    case step(SiteURL.ID)
    case recognise(SiteURL.ID)
    case commend(SiteURL.ID)
    case file(SiteURL.ID)
    case drives
    case drive(SiteURL.ID)
    case counts
    case countsExport
    case recognisedDocx
    case publicList
    case publicShow(SiteURL.ID)
    case publicFile(SiteURL.ID)

    var path: String {
        switch self {
        case .list: return "/dan-van-kheo"
        case .register: return "/dan-van-kheo/dang-ky"
        case .show(let id): return "/dan-van-kheo/\(id.component)"
        case .update(let id): return "/dan-van-kheo/\(id.component)/cap-nhat"
        case .step(let id): return "/dan-van-kheo/\(id.component)/buoc"
        case .recognise(let id): return "/dan-van-kheo/\(id.component)/cong-nhan"
        case .commend(let id): return "/dan-van-kheo/\(id.component)/khen-thuong"
        case .file(let id): return "/dan-van-kheo/tep/\(id.component)"
        case .drives: return "/dan-van-kheo/dot-dang-ky"
        case .drive(let id): return "/dan-van-kheo/dot-dang-ky/\(id.component)"
        case .counts: return "/dan-van-kheo/thong-ke"
        case .countsExport: return "/dan-van-kheo/thong-ke.xlsx"
        case .recognisedDocx: return "/dan-van-kheo/cong-nhan.docx"
        case .publicList: return "/cong-dan/dan-van-kheo"
        case .publicShow(let id): return "/cong-dan/dan-van-kheo/\(id.component)"
        case .publicFile(let id): return "/cong-dan/dan-van-kheo/anh/\(id.component)"
        }
    }

    var pathComponents: [PathComponent] {
        path.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
    }
}

extension RoutesBuilder {
    @discardableResult
    func get(_ url: ExemplarURL, use handler: @Sendable @escaping (Request) async throws -> some AsyncResponseEncodable) -> Route {
        get(url.pathComponents, use: handler)
    }

    @discardableResult
    func post(_ url: ExemplarURL, use handler: @Sendable @escaping (Request) async throws -> some AsyncResponseEncodable) -> Route {
        post(url.pathComponents, use: handler)
    }
}
