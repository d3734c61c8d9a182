using System.Threading;
using System.Threading.Tasks;
using System.Text.Json.Nodes;

namespace Ecr.Raw.Cli.Paging;

/// <summary>Fetches one page: the response as JSON for the given service token and page size.</summary>
internal delegate Task<JsonObject> PageFetcher(string? nextToken, int? pageSize, CancellationToken cancellationToken);
