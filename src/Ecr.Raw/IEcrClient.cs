using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Model;

namespace Ecr.Raw;

/// <summary>
/// The ECR API operations Ecr.Raw implements, one method each. Implemented by <see cref="EcrClient"/>; test code can use
/// the in-memory ECR of Ecr.Raw.Testing instead of mocking this interface.
/// </summary>
public interface IEcrClient
{
    /// <summary>Lists the image ids of a repository, one per tag, a page at a time.</summary>
    /// <param name="request">The input; checked against the model's limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The output.</returns>
    /// <exception cref="System.ArgumentException">The input breaks a limit of the ECR model; the parameter name says which member.</exception>
    /// <exception cref="Errors.EcrException">The service refused the call, or it could not be made.</exception>
    Task<ListImagesResponse> ListImagesAsync(ListImagesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Describes images, by id or a page at a time.</summary>
    /// <param name="request">The input; checked against the model's limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The output.</returns>
    /// <exception cref="System.ArgumentException">The input breaks a limit of the ECR model; the parameter name says which member.</exception>
    /// <exception cref="Errors.EcrException">The service refused the call, or it could not be made.</exception>
    Task<DescribeImagesResponse> DescribeImagesAsync(DescribeImagesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets up to 100 images with their manifests; images not found are reported in Failures.</summary>
    /// <param name="request">The input; checked against the model's limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The output.</returns>
    /// <exception cref="System.ArgumentException">The input breaks a limit of the ECR model; the parameter name says which member.</exception>
    /// <exception cref="Errors.EcrException">The service refused the call, or it could not be made.</exception>
    Task<BatchGetImageResponse> BatchGetImageAsync(BatchGetImageRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates or updates an image from its manifest, optionally tagging it.</summary>
    /// <param name="request">The input; checked against the model's limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The output.</returns>
    /// <exception cref="System.ArgumentException">The input breaks a limit of the ECR model; the parameter name says which member.</exception>
    /// <exception cref="Errors.EcrException">The service refused the call, or it could not be made.</exception>
    Task<PutImageResponse> PutImageAsync(PutImageRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes up to 100 images or tags; those that fail are reported in Failures.</summary>
    /// <param name="request">The input; checked against the model's limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The output.</returns>
    /// <exception cref="System.ArgumentException">The input breaks a limit of the ECR model; the parameter name says which member.</exception>
    /// <exception cref="Errors.EcrException">The service refused the call, or it could not be made.</exception>
    Task<BatchDeleteImageResponse> BatchDeleteImageAsync(BatchDeleteImageRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets a docker login token, valid for 12 hours.</summary>
    /// <param name="request">The input; checked against the model's limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The output.</returns>
    /// <exception cref="System.ArgumentException">The input breaks a limit of the ECR model; the parameter name says which member.</exception>
    /// <exception cref="Errors.EcrException">The service refused the call, or it could not be made.</exception>
    Task<GetAuthorizationTokenResponse> GetAuthorizationTokenAsync(GetAuthorizationTokenRequest request, CancellationToken cancellationToken = default);

    /// <summary>Describes repositories, by name or a page at a time.</summary>
    /// <param name="request">The input; checked against the model's limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The output.</returns>
    /// <exception cref="System.ArgumentException">The input breaks a limit of the ECR model; the parameter name says which member.</exception>
    /// <exception cref="Errors.EcrException">The service refused the call, or it could not be made.</exception>
    Task<DescribeRepositoriesResponse> DescribeRepositoriesAsync(DescribeRepositoriesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates a repository.</summary>
    /// <param name="request">The input; checked against the model's limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The output.</returns>
    /// <exception cref="System.ArgumentException">The input breaks a limit of the ECR model; the parameter name says which member.</exception>
    /// <exception cref="Errors.EcrException">The service refused the call, or it could not be made.</exception>
    Task<CreateRepositoryResponse> CreateRepositoryAsync(CreateRepositoryRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a repository; with Force, also the images in it.</summary>
    /// <param name="request">The input; checked against the model's limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The output.</returns>
    /// <exception cref="System.ArgumentException">The input breaks a limit of the ECR model; the parameter name says which member.</exception>
    /// <exception cref="Errors.EcrException">The service refused the call, or it could not be made.</exception>
    Task<DeleteRepositoryResponse> DeleteRepositoryAsync(DeleteRepositoryRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the findings of an image scan, a page at a time.</summary>
    /// <param name="request">The input; checked against the model's limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The output.</returns>
    /// <exception cref="System.ArgumentException">The input breaks a limit of the ECR model; the parameter name says which member.</exception>
    /// <exception cref="Errors.EcrException">The service refused the call, or it could not be made.</exception>
    Task<DescribeImageScanFindingsResponse> DescribeImageScanFindingsAsync(DescribeImageScanFindingsRequest request, CancellationToken cancellationToken = default);
}
