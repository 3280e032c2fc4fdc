using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace ReadingTimePlugin;

/// <summary>Options of the <c>reading-time</c> plugin. Defaults: WordsPerMinute 230, MetadataKey "reading_minutes".</summary>
public sealed class ReadingTimeOptions
{
    [Description("Reading speed in words per minute.")]
    [Range(50, 2000)]
    public int WordsPerMinute { get; set; } = 230;

    [Description("The metadata key the estimate is written to.")]
    public string MetadataKey { get; set; } = "reading_minutes";
}
