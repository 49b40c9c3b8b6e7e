-- CreateTable
CREATE TABLE "Enrollment" (
    "id" INTEGER NOT NULL,
    "studentId" INTEGER NOT NULL,
    "courseId" INTEGER NOT NULL,
    "grade" TEXT,

    PRIMARY KEY ("studentId", "courseId")
);
