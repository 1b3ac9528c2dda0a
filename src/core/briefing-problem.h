/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One thing wrong (or worth a warning) in a bundle: what, and where — a JSON path such as
 * events[3].outcomes[0].citations[1] and, when known, the line and column in the file. */
#pragma once

#include <glib-object.h>

#include "briefing-error.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_PROBLEM (briefing_problem_get_type ())

typedef enum
{
  BRIEFING_PROBLEM_ERROR,
  BRIEFING_PROBLEM_WARNING,
} BriefingProblemSeverity;

typedef struct
{
  BriefingProblemSeverity severity;
  BriefingBundleError     code;
  char                   *path;    /* "" for the whole document */
  guint                   line;    /* 1-based; 0 when unknown */
  guint                   column;  /* 1-based, in characters; 0 when unknown */
  char                   *message;
} BriefingProblem;

GType            briefing_problem_get_type (void) G_GNUC_CONST;
BriefingProblem *briefing_problem_new      (BriefingProblemSeverity  severity,
                                            BriefingBundleError      code,
                                            const char              *path,
                                            guint                    line,
                                            guint                    column,
                                            const char              *message);
BriefingProblem *briefing_problem_copy     (const BriefingProblem   *problem);
void             briefing_problem_free     (BriefingProblem         *problem);
/* "FILE:LINE:COL: PATH: message" (parts that are unknown are left out). */
char            *briefing_problem_format   (const BriefingProblem   *problem,
                                            const char              *file_name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingProblem, briefing_problem_free)

G_END_DECLS
