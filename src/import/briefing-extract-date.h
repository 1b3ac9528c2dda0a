/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dates in running text ("Monday, June 2nd", "on 2 June", "before the end of June", "last week"),
 * resolved against the article's own date at the precision the words give. */
#pragma once

#include "briefing-date.h"
#include "briefing-extract-rules.h"

G_BEGIN_DECLS

typedef struct
{
  gsize         start;      /* bytes into the text */
  gsize         end;
  BriefingDate  date;
  double        confidence;
} BriefingDateMatch;

/* Every date in @text (@length bytes, or -1), earliest first and never overlapping; the longer of
 * two overlapping matches wins. A day or month without a year takes the year that puts it nearest
 * to @reference; weekdays and relative words ("yesterday", "last week") count back from
 * @reference. Without @reference (unset date) only dates with a year are found.
 * (element-type BriefingDateMatch) (transfer full) */
GArray   *briefing_extract_find_dates (BriefingExtractRules *rules,
                                       const char           *text,
                                       gssize                length,
                                       const BriefingDate   *reference);

G_END_DECLS
