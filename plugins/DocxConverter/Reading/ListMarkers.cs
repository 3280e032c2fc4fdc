using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Plugins.DocxConverter.Reading;

/// <summary>A list item's number written as its level's format says: 3, c, C, iii or III; other formats as digits.</summary>
internal static class ListMarkers
{
    private static readonly (int Value, string Numeral)[] Romans =
        [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];

    public static string Format(int value, NumberFormatValues kind)
    {
        if (value > 0 && (kind == NumberFormatValues.LowerLetter || kind == NumberFormatValues.UpperLetter))
        {
            // Word goes on after z with aa, bb, ...
            var letter = (char)('a' + ((value - 1) % 26));
            var letters = new string(letter, ((value - 1) / 26) + 1);
            return kind == NumberFormatValues.UpperLetter ? letters.ToUpperInvariant() : letters;
        }

        if (value is > 0 and < 4000 && (kind == NumberFormatValues.LowerRoman || kind == NumberFormatValues.UpperRoman))
        {
            var roman = Roman(value);
            return kind == NumberFormatValues.UpperRoman ? roman.ToUpperInvariant() : roman;
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Roman(int value)
    {
        var numeral = new StringBuilder();
        foreach (var (step, symbol) in Romans)
        {
            while (value >= step)
            {
                numeral.Append(symbol);
                value -= step;
            }
        }

        return numeral.ToString();
    }
}
