using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingSubsidy.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddWorkBasedTraining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClaimMonth",
                table: "StoredFiles",
                type: "TEXT",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WorkBasedApplicationId",
                table: "StoredFiles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MedicalProducerDesignations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DesignatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DesignationDocument = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedByUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RemovedByUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RemovalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MedicalProducerDesignations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkBasedApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalRepresentativeName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    LegalRepresentativeIdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BankAccountName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BankAccountNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedWorkerMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    ApprovedAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkBasedApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkBasedApplications_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkBasedApplicationEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkBasedApplicationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkBasedApplicationEvents_WorkBasedApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "WorkBasedApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkBasedWorkers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Gender = table.Column<int>(type: "INTEGER", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Post = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkBasedWorkers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkBasedWorkers_WorkBasedApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "WorkBasedApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkerMonthSlots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Slot = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkerMonthId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsPayable = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerMonthSlots", x => x.Id);
                    table.CheckConstraint("CK_WorkerMonthSlots_Slot", "\"Slot\" BETWEEN 1 AND 3");
                    table.ForeignKey(
                        name: "FK_WorkerMonthSlots_WorkBasedApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "WorkBasedApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkBasedWorkerMonths",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Wage = table.Column<long>(type: "INTEGER", nullable: false),
                    ExclusionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkBasedWorkerMonths", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkBasedWorkerMonths_WorkBasedWorkers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "WorkBasedWorkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_WorkBasedApplicationId",
                table: "StoredFiles",
                column: "WorkBasedApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_MedicalProducerDesignations_CreditCode",
                table: "MedicalProducerDesignations",
                column: "CreditCode",
                unique: true,
                filter: "\"RemovedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_WorkBasedApplicationEvents_ApplicationId",
                table: "WorkBasedApplicationEvents",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkBasedApplications_ApplicationNumber",
                table: "WorkBasedApplications",
                column: "ApplicationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkBasedApplications_DistrictCode_Status",
                table: "WorkBasedApplications",
                columns: new[] { "DistrictCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkBasedApplications_EnterpriseId",
                table: "WorkBasedApplications",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkBasedWorkerMonths_WorkerId_Month",
                table: "WorkBasedWorkerMonths",
                columns: new[] { "WorkerId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkBasedWorkers_ApplicationId_IdNumber",
                table: "WorkBasedWorkers",
                columns: new[] { "ApplicationId", "IdNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkBasedWorkers_IdNumber",
                table: "WorkBasedWorkers",
                column: "IdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_WorkerMonthSlots_ApplicationId",
                table: "WorkerMonthSlots",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "UX_WorkerMonthSlots_IdNumber_Month",
                table: "WorkerMonthSlots",
                columns: new[] { "IdNumber", "Month" },
                unique: true,
                filter: "\"IsPayable\" = 1");

            migrationBuilder.CreateIndex(
                name: "UX_WorkerMonthSlots_IdNumber_Slot",
                table: "WorkerMonthSlots",
                columns: new[] { "IdNumber", "Slot" },
                unique: true,
                filter: "\"IsPayable\" = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MedicalProducerDesignations");

            migrationBuilder.DropTable(
                name: "WorkBasedApplicationEvents");

            migrationBuilder.DropTable(
                name: "WorkBasedWorkerMonths");

            migrationBuilder.DropTable(
                name: "WorkerMonthSlots");

            migrationBuilder.DropTable(
                name: "WorkBasedWorkers");

            migrationBuilder.DropTable(
                name: "WorkBasedApplications");

            migrationBuilder.DropIndex(
                name: "IX_StoredFiles_WorkBasedApplicationId",
                table: "StoredFiles");

            migrationBuilder.DropColumn(
                name: "ClaimMonth",
                table: "StoredFiles");

            migrationBuilder.DropColumn(
                name: "WorkBasedApplicationId",
                table: "StoredFiles");
        }
    }
}
