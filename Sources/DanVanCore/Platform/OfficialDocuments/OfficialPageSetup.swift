/// Page setup of Nghị định 30/2020 Phụ lục I (A4 portrait, margins 20/20/30/15 mm) and the parts
/// of a .docx that carry it: Times New Roman by default, page numbers centred in the top margin
/// from page 2 (the first page has its own, empty header).
enum OfficialPageSetup {
    static let pageWidth = 11906, pageHeight = 16838
    static let top = twips(millimetres: 20), bottom = twips(millimetres: 20)
    static let left = twips(millimetres: 30), right = twips(millimetres: 15)
    /// Width of the text between the margins.
    static let textWidth = pageWidth - left - right

    static func twips(millimetres: Double) -> Int {
        Int((millimetres / 25.4 * 1440).rounded())
    }

    /// The parts of the package around word/document.xml.
    static func parts(document: String) -> [(path: String, xml: String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/styles.xml", styles),
            ("word/header1.xml", header(pageNumber: true)),
            ("word/header2.xml", header(pageNumber: false))
        ]
    }

    /// The last child of w:body.
    static let sectionProperties =
        #"<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:headerReference w:type="first" r:id="rId3"/>"#
        + #"<w:pgSz w:w="\#(pageWidth)" w:h="\#(pageHeight)"/>"#
            + #"""
            <w:pgMar w:top="\#(top)" w:right="\#(right)" w:bottom="\#(bottom)" w:left="\#(left)" w:header="\#(twips(millimetres: 10))"\#
             w:footer="\#(twips(millimetres: 10))" w:gutter="0"/>
            """#
        + "<w:titlePg/></w:sectPr>"

    static let namespaces =
        #"""
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"\#
         xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        """#

    private static let xmlDeclaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#

    private static let contentTypes =
        xmlDeclaration
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"""
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml"\#
             ContentType="application/xml"/>
            """#
        + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
        + #"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#
        + #"<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#
        + #"<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>"#

    private static let rootRelationships =
        xmlDeclaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"""
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"\#
             Target="word/document.xml"/></Relationships>
            """#

    private static let documentRelationships =
        xmlDeclaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>"#
            + #"""
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"\#
             Target="header2.xml"/></Relationships>
            """#

    private static let times = #"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>"#

    private static let styles =
        xmlDeclaration + "<w:styles \(namespaces)>"
        + "<w:docDefaults><w:rPrDefault><w:rPr>\(times)"
            + #"""
            <w:color w:val="000000"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN"\#
             w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
            """#
        + #"<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#
        + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr>\#(times)</w:rPr></w:style>"#
            + #"""
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar><w:left w:w="108"\#
             w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
            """#
        + "</w:styles>"

    /// Số trang: size 14, upright, centred; a PAGE field so Word and LibreOffice count.
    private static func header(pageNumber: Bool) -> String {
        let field =
            #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>"#
            + #"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#
        return xmlDeclaration + "<w:hdr \(namespaces)>" + #"<w:p><w:pPr><w:jc w:val="center"/></w:pPr>"#
            + (pageNumber ? field : "") + "</w:p></w:hdr>"
    }
}
