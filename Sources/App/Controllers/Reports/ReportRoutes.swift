import Vapor

/// Routes of periodic reports: regimes, requests, review, completeness, consolidation, holidays.
func registerReportRoutes(signedIn: any RoutesBuilder, api: any RoutesBuilder) {
    signedIn.get(.reports, use: ReportHomeController.index)
    signedIn.get(.reportTemplates, use: ReportTemplateController.index)
    signedIn.get(.reportRegime(.key), use: RegimeController.show)
    signedIn.post(.reportRegimeGenerate(.key), use: RegimeController.generate)
    signedIn.post(.reportRegimeSettings(.key), use: RegimeController.settings)
    signedIn.post(.reportRegimeReporters(.key), use: RegimeController.reporters)
    signedIn.get(.reportGrid(.key), use: CompletenessController.show)
    signedIn.get(.reportConsolidation(.key), use: ConsolidationController.show)
    signedIn.get(.reportConsolidationDocx(.key), use: ConsolidationController.docx)
    signedIn.get(.reportConsolidationXlsx(.key), use: ConsolidationController.xlsx)
    signedIn.post(.reportUpward(.key), use: ConsolidationController.upward)
    signedIn.get(.reportRequest(.key), use: ReportRequestController.show)
    signedIn.on(.POST, SiteURL.reportRequest(.key).pathComponents, body: .collect(maxSize: "21mb"), use: ReportRequestController.save)
    signedIn.post(.reportRequestReview(.key), use: ReportRequestController.review)
    signedIn.get(.reportAttachment(.key), use: ReportRequestController.attachment)
    signedIn.get(.holidays, use: HolidayController.index)
    signedIn.post(.holidays, use: HolidayController.create)
    signedIn.post(.holidayDelete(.key), use: HolidayController.delete)
}
