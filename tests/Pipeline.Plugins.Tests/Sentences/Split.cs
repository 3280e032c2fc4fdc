using Pipeline.Text;

namespace Pipeline.Plugins.Tests.Sentences;

/// <summary>The splitter's sentences as strings, so that a failed comparison shows the text.</summary>
internal static class Split
{
    public static string[] Sentences(string text) =>
        [.. SentenceSegmenter.Split(text).Select(span => text[span.Start..span.End])];
}
