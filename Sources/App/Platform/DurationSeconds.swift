extension Duration {
    /// The duration in seconds, for timings printed by commands and benchmarks.
    var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
