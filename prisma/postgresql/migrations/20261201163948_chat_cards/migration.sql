-- CreateTable
CREATE TABLE "ChatCard" (
    "id" SERIAL NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "messageRef" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChatCard_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChatCard_employeeId_platform_kind_key" ON "ChatCard"("employeeId", "platform", "kind");

-- AddForeignKey
ALTER TABLE "ChatCard" ADD CONSTRAINT "ChatCard_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;
