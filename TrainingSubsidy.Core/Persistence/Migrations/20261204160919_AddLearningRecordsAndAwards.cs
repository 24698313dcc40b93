using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingSubsidy.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddLearningRecordsAndAwards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Awards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Programme = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    ReviewerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    NoticeStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PayoutBatchId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Awards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Awards_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LearningImportBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrainingPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RowCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ImportedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningImportBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningImportBatches_TrainingPlans_TrainingPlanId",
                        column: x => x.TrainingPlanId,
                        principalTable: "TrainingPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AwardLine",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AwardId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardLine_Awards_AwardId",
                        column: x => x.AwardId,
                        principalTable: "Awards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrainingPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    TraineeId = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    Completed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlatformAccount = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ImportBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceRowNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    IsCurrent = table.Column<bool>(type: "INTEGER", nullable: false),
                    SupersededByBatchId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningRecords_Course_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Course",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LearningRecords_LearningImportBatches_ImportBatchId",
                        column: x => x.ImportBatchId,
                        principalTable: "LearningImportBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LearningRecords_Trainee_TraineeId",
                        column: x => x.TraineeId,
                        principalTable: "Trainee",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwardLine_AwardId",
                table: "AwardLine",
                column: "AwardId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardLine_IdNumber",
                table: "AwardLine",
                column: "IdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Awards_DistrictCode_Status",
                table: "Awards",
                columns: new[] { "DistrictCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Awards_EnterpriseId",
                table: "Awards",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Awards_Programme_SourceId",
                table: "Awards",
                columns: new[] { "Programme", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningImportBatches_TrainingPlanId_Sha256",
                table: "LearningImportBatches",
                columns: new[] { "TrainingPlanId", "Sha256" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningRecords_CourseId",
                table: "LearningRecords",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningRecords_ImportBatchId",
                table: "LearningRecords",
                column: "ImportBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningRecords_TraineeId",
                table: "LearningRecords",
                column: "TraineeId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningRecords_TrainingPlanId_TraineeId_CourseId_IsCurrent",
                table: "LearningRecords",
                columns: new[] { "TrainingPlanId", "TraineeId", "CourseId", "IsCurrent" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AwardLine");

            migrationBuilder.DropTable(
                name: "LearningRecords");

            migrationBuilder.DropTable(
                name: "Awards");

            migrationBuilder.DropTable(
                name: "LearningImportBatches");
        }
    }
}
