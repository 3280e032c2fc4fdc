using System.Globalization;
using System.Text;

namespace Pipeline.Plugins.Tests.Pdf;

/// <summary>
/// The bytes of a one-page PDF written out by hand, object by object with a correct cross-reference table,
/// for what PdfPig's writer cannot make: a file whose trailer names an encryption dictionary.
/// </summary>
internal static class HandMadePdf
{
    public static byte[] OnePage(string text, bool encrypted)
    {
        var content = $"BT /F1 12 Tf 20 250 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",

            // The standard security handler, revision 2, with owner and user keys that match no password.
            $"<< /Filter /Standard /V 1 /R 2 /O <{new string('a', 64)}> /U <{new string('b', 64)}> /P -44 >>",
        ];

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var table = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        var encryption = encrypted ? " /Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]" : string.Empty;
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R{encryption} >>\nstartxref\n{table}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
