using System.Globalization;
using System.Text;

namespace Pipeline.Evaluation.HtmlMainText;

/// <summary>
/// The article-extraction benchmark's score (scrapinghub/article-extraction-benchmark, evaluate.py): tokens are
/// Python's <c>\w+</c> (letters, numbers, underscore; case kept), shingles are runs of 4 tokens (a text of fewer
/// tokens is one shingle, an empty one none), and true positives, false positives and false negatives are
/// counted over the shingle multisets and normalised to sum to 1 per page.
/// </summary>
public static class ShingleMatch
{
    private const int N = 4;

    public static (double Tp, double Fp, double Fn) Score(string truth, string prediction)
    {
        var truthShingles = Shingles(truth);
        var predicted = Shingles(prediction);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in truthShingles.Keys.Union(predicted.Keys))
        {
            var t = truthShingles.GetValueOrDefault(key);
            var p = predicted.GetValueOrDefault(key);
            tp += Math.Min(t, p);
            fp += Math.Max(0, p - t);
            fn += Math.Max(0, t - p);
        }

        var sum = tp + fp + fn;
        return sum > 0 ? (tp / sum, fp / sum, fn / sum) : (0, 0, 0);
    }

    /// <summary>Precision and recall averaged over pages (a page counts for precision when tp + fp &gt; 0, for recall when tp + fn &gt; 0), F1 of the two averages.</summary>
    public static (double Precision, double Recall, double F1) Average(IReadOnlyList<(double Tp, double Fp, double Fn)> pages)
    {
        var precision = pages.Where(s => s.Tp + s.Fp > 0).Select(s => PrecisionOf(s.Tp, s.Fp, s.Fn)).DefaultIfEmpty(0).Average();
        var recall = pages.Where(s => s.Tp + s.Fn > 0).Select(s => RecallOf(s.Tp, s.Fp, s.Fn)).DefaultIfEmpty(0).Average();
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    public static double PrecisionOf(double tp, double fp, double fn) =>
        fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);

    public static double RecallOf(double tp, double fp, double fn) =>
        fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);

    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var token = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                token.Append(rune.ToString());
            }
            else if (token.Length > 0)
            {
                tokens.Add(token.ToString());
                token.Clear();
            }
        }

        if (token.Length > 0)
        {
            tokens.Add(token.ToString());
        }

        return tokens;
    }

    /// <summary>Python's <c>str.isalnum()</c> or '_': letters (Lu, Ll, Lt, Lm, Lo) and numbers (Nd, Nl, No); marks are not word characters there.</summary>
    private static bool IsWordRune(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, tokens.Count - N + 1); i++)
        {
            var count = Math.Min(N, tokens.Count - i);
            if (count <= 0)
            {
                continue;
            }

            // A separator no token holds keeps ("ab", "c") apart from ("a", "bc").
            var key = string.Join('\u0001', tokens.Skip(i).Take(count));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }
}
