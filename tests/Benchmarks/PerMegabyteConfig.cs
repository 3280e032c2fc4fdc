using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Pipeline.Benchmarks;

/// <summary>Adds a µs/MB column: the mean divided by the article's size, flat when a step's cost is linear.</summary>
public sealed class PerMegabyteConfig : ManualConfig
{
    public PerMegabyteConfig() => AddColumn(new PerMegabyteColumn());

    private sealed class PerMegabyteColumn : IColumn
    {
        private static readonly ConcurrentDictionary<string, long> Sizes = new(StringComparer.Ordinal);

        public string Id => "PerMegabyte";

        public string ColumnName => "µs/MB";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Mean time per megabyte (2^20 bytes) of the article, UTF-8";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (mean is null || benchmarkCase.Parameters["Article"] is not string article)
            {
                return "-";
            }

            var bytes = Sizes.GetOrAdd(article, ScalingBenchmarks.BytesOf);
            return (mean.Value / 1000 / (bytes / 1048576.0)).ToString("N0", CultureInfo.InvariantCulture);
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
