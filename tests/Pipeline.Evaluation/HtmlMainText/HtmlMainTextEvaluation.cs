using System.Diagnostics;
using System.Globalization;
using Pipeline.Evaluation.Support;

namespace Pipeline.Evaluation.HtmlMainText;

/// <summary>
/// The <c>html</c> converter on the 181 pages of the article-extraction benchmark, scored the benchmark's way
/// (<see cref="ShingleMatch"/>), beside SmartReader 0.11.1 run as it is. <c>DOCPIPE_EVAL_DUMP=folder</c> writes
/// each page's extracted text there, to read the worst pages.
/// </summary>
public sealed class HtmlMainTextEvaluation : IEvaluation
{
    private const string Area = "html-main-text";
    private const double F1Target = 0.96;

    public string Name => "html-main-text";

    public IReadOnlyList<Metric> Run(BuiltInPipeline pipeline, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(log);
        var pages = HtmlPages.Load();
        var chain = pipeline.Inline("""{"steps":[{"plugin":"html"}]}""");
        var dump = Environment.GetEnvironmentVariable("DOCPIPE_EVAL_DUMP");
        var ours = new List<(double Tp, double Fp, double Fn)>();
        var reference = new List<(double Tp, double Fp, double Fn)>();
        var oursTime = TimeSpan.Zero;
        var oursCpu = TimeSpan.Zero;
        using var process = Process.GetCurrentProcess();
        var referenceTime = TimeSpan.Zero;
        foreach (var page in pages)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            var text = BuiltInPipeline.Run(chain, page.Html, new Dictionary<string, string> { ["source_url"] = page.Url }).Text;
            oursTime += Stopwatch.GetElapsedTime(started);
            process.Refresh();
            oursCpu += process.TotalProcessorTime - cpu;
            started = Stopwatch.GetTimestamp();
            var smart = SmartReaderText(page);
            referenceTime += Stopwatch.GetElapsedTime(started);
            var score = ShingleMatch.Score(page.ArticleBody, text);
            ours.Add(score);
            reference.Add(ShingleMatch.Score(page.ArticleBody, smart));
            if (dump is not null)
            {
                Directory.CreateDirectory(dump);
                File.WriteAllText(Path.Combine(dump, page.Id + ".txt"), text);
            }
        }

        foreach (var (page, score) in pages.Zip(ours).OrderBy(p => F1Of(p.Second)).Take(15))
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"html-main-text: {page.Id[..12]} P {ShingleMatch.PrecisionOf(score.Tp, score.Fp, score.Fn):0.000} R {ShingleMatch.RecallOf(score.Tp, score.Fp, score.Fn):0.000} {page.Url}"));
        }

        // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"html-main-text: html {oursTime.TotalMilliseconds / pages.Count:0.0} ms a page ({oursCpu.TotalMilliseconds / pages.Count:0.0} ms of CPU), SmartReader {referenceTime.TotalMilliseconds / pages.Count:0.0} ms a page (one page at a time, first pages and JIT included)"));
        var (precision, recall, f1) = ShingleMatch.Average(ours);
        var (refPrecision, refRecall, refF1) = ShingleMatch.Average(reference);
        return
        [
            new Metric { Area = Area, Name = "html F1 (4-gram shingles)", Value = f1, Target = F1Target },
            new Metric { Area = Area, Name = "html precision", Value = precision },
            new Metric { Area = Area, Name = "html recall", Value = recall },
            new Metric { Area = Area, Name = "SmartReader 0.11.1 F1 (reference)", Value = refF1 },
            new Metric { Area = Area, Name = "SmartReader 0.11.1 precision", Value = refPrecision },
            new Metric { Area = Area, Name = "SmartReader 0.11.1 recall", Value = refRecall },
        ];
    }

    private static double F1Of((double Tp, double Fp, double Fn) s)
    {
        var p = ShingleMatch.PrecisionOf(s.Tp, s.Fp, s.Fn);
        var r = ShingleMatch.RecallOf(s.Tp, s.Fp, s.Fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static string SmartReaderText(HtmlPage page)
    {
        var article = new SmartReader.Reader(page.Url, page.Html).GetArticle();
        return article.IsReadable ? article.TextContent ?? string.Empty : string.Empty;
    }
}
