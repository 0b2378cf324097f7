@testable import App

/// Foundation also has a `Unit`; in tests the name means DanVan's.
typealias Unit = App.Unit
