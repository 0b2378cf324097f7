/// Tiến độ kế hoạch — a plan's progress rolled up from its tasks, each weighted.
public enum PlanProgress {
    /// Weighted mean of task progress (0–100); tasks with zero or negative weight count for nothing.
    public static func rollUp(_ tasks: [(progress: Double, weight: Double)]) -> Double {
        let counted = tasks.filter { $0.weight > 0 }
        let total = counted.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return 0 }
        return counted.reduce(0) { $0 + min(100, max(0, $1.progress)) * $1.weight } / total
    }
}
