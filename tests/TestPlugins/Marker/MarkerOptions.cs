using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TestPlugins.Marker;

/// <summary>
/// Options. Defaults: Word "mark", Prefix "" (nothing inserted), Delete "" (nothing deleted), Repeat 1, Attribute ""
/// (marks carry no attribute).
/// </summary>
public sealed class MarkerOptions
{
    [Description("Every occurrence of this word becomes a 'mark' annotation.")]
    public string Word { get; set; } = "mark";

    [Description("Text inserted at the start of the document.")]
    public string Prefix { get; set; } = string.Empty;

    [Description("Every occurrence of this text is deleted.")]
    public string Delete { get; set; } = string.Empty;

    [Description("How many marks per occurrence (to test annotation counts).")]
    [Range(1, 10)]
    public int Repeat { get; set; } = 1;

    [Description("An attribute every mark carries, as name=value (to test how the host treats attribute names).")]
    public string Attribute { get; set; } = string.Empty;
}
