namespace TrainingSubsidy.Web.Features.Home;

/// <summary>One line of a home page's pending-work list, linking to where the work is done.</summary>
public sealed record PendingItem(string Text, string Href);
