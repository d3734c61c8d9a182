using System;
using System.Globalization;
using System.Text;

namespace Ecr.Raw.Images;

/// <summary>
/// Where a <see cref="ImageService.ListImagesAsync"/> result stopped: the service token of the page it stopped in, how
/// many ids of that page were already returned, and the page size (a page boundary depends on it). Opaque to callers.
/// </summary>
internal readonly struct ListImagesToken
{
    private const string Prefix = "ecr-raw1.";

    public ListImagesToken(string? pageToken, int skip, int maxResults)
    {
        PageToken = pageToken;
        Skip = skip;
        MaxResults = maxResults;
    }

    public string? PageToken { get; }

    public int Skip { get; }

    public int MaxResults { get; }

    public string Encode()
    {
        var text = string.Format(CultureInfo.InvariantCulture, "{0}|{1}|{2}", MaxResults, Skip, PageToken);
        return Prefix + Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Reads a token: ours (mid-page), or a plain service token (page start).</summary>
    public static ListImagesToken Parse(string token, int maxResults)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return new ListImagesToken(token, 0, maxResults);
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(token.Substring(Prefix.Length)));
        }
        catch (FormatException)
        {
            throw new ArgumentException("NextToken is not a token this service returned.", "nextToken");
        }

        var parts = text.Split(['|'], 3);
        if (parts.Length != 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var size) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var skip))
        {
            throw new ArgumentException("NextToken is not a token this service returned.", "nextToken");
        }

        if (size != maxResults)
        {
            throw new ArgumentException($"NextToken was issued for MaxResults {size}; resume with the same MaxResults (now {maxResults}).", "nextToken");
        }

        return new ListImagesToken(parts[2].Length == 0 ? null : parts[2], skip, size);
    }
}
