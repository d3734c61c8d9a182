using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Ecr.Raw.Cli.Paging;

/// <summary>What a paginated call printed: each page's items (already cut to --max-items), and the token to resume at.</summary>
/// <param name="Pages">One document per page, holding only the result key.</param>
/// <param name="ResumeToken">The encoded NextToken when items remain beyond --max-items; otherwise null.</param>
internal sealed record PagedResult(IReadOnlyList<JsonObject> Pages, string? ResumeToken);
