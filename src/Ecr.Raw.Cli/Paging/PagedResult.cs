using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Ecr.Raw.Cli.Paging;

/// <summary>What a paginated call printed: each page's items (already cut to --max-items), and the token to resume at.</summary>
/// <param name="Pages">Each page's items of the result key, in order; nodes of no parent, ready to be placed once.</param>
/// <param name="ResumeToken">The encoded NextToken when items remain beyond --max-items; otherwise null.</param>
internal sealed record PagedResult(IReadOnlyList<IReadOnlyList<JsonNode?>> Pages, string? ResumeToken);
