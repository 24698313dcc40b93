using TrainingSubsidy.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddTrainingSubsidyServices();

var app = builder.Build();

if (await app.RunCommandAsync(args))
{
    return;
}

await app.InitializeDatabaseAsync();
app.UseTrainingSubsidyPipeline();
await app.RunAsync();
