/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-problem"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "briefing-problem.h"

G_DEFINE_BOXED_TYPE (BriefingProblem, briefing_problem, briefing_problem_copy, briefing_problem_free)

BriefingProblem *
briefing_problem_new (BriefingProblemSeverity  severity,
                      BriefingBundleError      code,
                      const char              *path,
                      guint                    line,
                      guint                    column,
                      const char              *message)
{
  BriefingProblem *problem = g_new0 (BriefingProblem, 1);

  problem->severity = severity;
  problem->code = code;
  problem->path = g_strdup (path != NULL ? path : "");
  problem->line = line;
  problem->column = column;
  problem->message = g_strdup (message);

  return problem;
}

BriefingProblem *
briefing_problem_copy (const BriefingProblem *problem)
{
  return briefing_problem_new (problem->severity, problem->code, problem->path, problem->line,
                               problem->column, problem->message);
}

void
briefing_problem_free (BriefingProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

char *
briefing_problem_format (const BriefingProblem *problem,
                         const char            *file_name)
{
  GString *s = g_string_new (NULL);

  if (file_name != NULL)
    g_string_append_printf (s, "%s:", file_name);
  if (problem->line > 0)
    g_string_append_printf (s, "%u:%u:", problem->line, problem->column);
  if (s->len > 0)
    g_string_append_c (s, ' ');
  if (problem->path[0] != '\0')
    g_string_append_printf (s, "%s: ", problem->path);
  if (problem->severity == BRIEFING_PROBLEM_WARNING)
    /* Translators: prefix of a message about a bundle that is not an error */
    g_string_append (s, _("warning: "));
  g_string_append (s, problem->message);

  return g_string_free (s, FALSE);
}
