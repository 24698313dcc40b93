namespace TrainingSubsidy.Core.Common;

/// <summary>One page of a server-side paged list, with the number of items on all pages.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);
