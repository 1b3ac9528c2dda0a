/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-paper"

#include "config.h"

#include "briefing-page-layout.h"

/* Paper sizes, for the command line and the export dialog as much as for the page layout. */

static const struct
{
  const char *nick;
  double      width;   /* points */
  double      height;
} papers[] = {
  /* ISO 216: 210 × 297 mm */
  [BRIEFING_PAPER_A4] = { "a4", 210 / 25.4 * 72, 297 / 25.4 * 72 },
  /* 8.5 × 11 in */
  [BRIEFING_PAPER_LETTER] = { "letter", 612, 792 },
};

gboolean
briefing_paper_from_nick (const char    *nick,
                          BriefingPaper *paper)
{
  g_return_val_if_fail (nick != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    if (g_ascii_strcasecmp (nick, papers[i].nick) == 0)
      {
        if (paper != NULL)
          *paper = i;
        return TRUE;
      }
  return FALSE;
}

void
briefing_paper_get_size (BriefingPaper  paper,
                         double        *width,
                         double        *height)
{
  g_return_if_fail (paper < G_N_ELEMENTS (papers));

  if (width != NULL)
    *width = papers[paper].width;
  if (height != NULL)
    *height = papers[paper].height;
}
