using System.Globalization;
using System.Text;

namespace Triangulate.Rendering.Csv;

/// <summary>A small RFC 4180 writer: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote, line break or edge whitespace, quotes doubled.</summary>
/// <remarks>Text fields that start with <c>= + - @</c> or a tab can be prefixed with an apostrophe so a spreadsheet does not run them as formulas (<see cref="CsvRenderer.ProtectFormulas"/>); numeric fields are never changed.</remarks>
internal sealed class CsvTable
{
    private readonly StringBuilder _sb = new();
    private readonly bool _protectFormulas;
    private readonly int _columns;
    private int _field;

    public CsvTable(IReadOnlyList<string> header, bool protectFormulas)
    {
        _protectFormulas = protectFormulas;
        _columns = header.Count;
        foreach (var h in header)
        {
            Text(h);
        }
        EndRow();
    }

    /// <summary>Appends a text field (null is written empty).</summary>
    public CsvTable Text(string? value)
    {
        Separator();
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }
        if (_protectFormulas && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        Field(value);
        return this;
    }

    /// <summary>Appends an integer field (null is written empty).</summary>
    public CsvTable Num(long? value)
    {
        Separator();
        if (value is { } v)
        {
            _sb.Append(v.ToString(CultureInfo.InvariantCulture));
        }
        return this;
    }

    /// <summary>Appends a decimal field with up to <paramref name="decimals"/> decimals (null is written empty).</summary>
    public CsvTable Num(double? value, int decimals = 6)
    {
        Separator();
        if (value is { } v && double.IsFinite(v))
        {
            _sb.Append(Math.Round(v, decimals).ToString("0.##########", CultureInfo.InvariantCulture));
        }
        return this;
    }

    /// <summary>Appends a boolean as <c>true</c>/<c>false</c>.</summary>
    public CsvTable Bool(bool value)
    {
        Separator();
        _sb.Append(value ? "true" : "false");
        return this;
    }

    /// <summary>Ends the current row (missing fields are written empty).</summary>
    public void EndRow()
    {
        while (_field < _columns)
        {
            Separator();
        }
        _sb.Append("\r\n");
        _field = 0;
    }

    /// <summary>Writes one row through <paramref name="row"/>; when it throws, the partial row is taken back and a row holding
    /// <paramref name="id"/> and a note in column <paramref name="noteColumn"/> stands in its place.</summary>
    /// <returns>The failure's one-line reason, or null when the row was written.</returns>
    public string? GuardedRow(string id, int noteColumn, Action<CsvTable> row)
    {
        var length = _sb.Length;
        try
        {
            row(this);
            return null;
        }
        catch (Exception ex) when (RenderGuard.IsSectionFailure(ex))
        {
            _sb.Length = length;
            _field = 0;
            var reason = RenderGuard.Reason(ex);
            Text(id);
            while (_field < noteColumn)
            {
                Separator();
            }
            Text("this row could not be rendered (" + reason + ")");
            EndRow();
            return reason;
        }
    }

    /// <summary>The table written so far, for streaming it out without one string of it.</summary>
    public StringBuilder Written => _sb;

    /// <inheritdoc/>
    public override string ToString() => _sb.ToString();

    private void Separator()
    {
        if (_field > 0)
        {
            _sb.Append(',');
        }
        _field++;
    }

    private void Field(string value)
    {
        // Line breaks and tabs are quoted below; other control characters (an escape sequence in a file name) are shown as escapes.
        if (value.AsSpan().IndexOfAnyInRange('\0', '\x1f') >= 0 || value.AsSpan().IndexOfAnyInRange('\x7f', '\x9f') >= 0 || value.AsSpan().IndexOfAny('\u2028', '\u2029') >= 0)
        {
            var sb = new StringBuilder(value.Length + 8);
            foreach (var c in value)
            {
                sb.Append(c is '\r' or '\n' or '\t' || !Printable.IsControl(c) ? c.ToString() : Printable.Escape(c.ToString()));
            }
            value = sb.ToString();
        }
        var quote = char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) || value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        if (!quote)
        {
            _sb.Append(value);
            return;
        }
        _sb.Append('"');
        foreach (var c in value)
        {
            if (c == '"')
            {
                _sb.Append('"');
            }
            _sb.Append(c);
        }
        _sb.Append('"');
    }
}
