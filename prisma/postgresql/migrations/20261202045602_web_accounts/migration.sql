-- CreateEnum
CREATE TYPE "WebRole" AS ENUM ('EMPLOYEE', 'ADMIN');

-- CreateTable
CREATE TABLE "WebAccount" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "email" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" "WebRole" NOT NULL,
    "employeeId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "WebAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebSession" (
    "id" SERIAL NOT NULL,
    "publicId" TEXT NOT NULL,
    "accountId" INTEGER NOT NULL,
    "currentRefresh" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "refreshedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "WebSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "WebAccount_username_key" ON "WebAccount"("username");

-- CreateIndex
CREATE UNIQUE INDEX "WebAccount_email_key" ON "WebAccount"("email");

-- CreateIndex
CREATE INDEX "WebAccount_employeeId_idx" ON "WebAccount"("employeeId");

-- CreateIndex
CREATE UNIQUE INDEX "WebSession_publicId_key" ON "WebSession"("publicId");

-- CreateIndex
CREATE INDEX "WebSession_accountId_idx" ON "WebSession"("accountId");

-- AddForeignKey
ALTER TABLE "WebAccount" ADD CONSTRAINT "WebAccount_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebSession" ADD CONSTRAINT "WebSession_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "WebAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;
