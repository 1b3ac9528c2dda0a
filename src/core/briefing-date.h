/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A date as the bundle states it: a year, a month, a day or an exact time, and no more precise than
 * the source. A plain value type (copy it by assignment); BRIEFING_TYPE_DATE boxes it for GValues. */
#pragma once

#include <glib-object.h>

#include "briefing-enums.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_DATE (briefing_date_get_type ())

typedef struct
{
  gint16                year;           /* 1..9999 */
  guint8                month;          /* 1..12, 1 when precision is YEAR */
  guint8                day;            /* 1..31, 1 when precision is coarser than DAY */
  guint8                hour;
  guint8                minute;
  guint8                second;
  guint8                precision;      /* BriefingDatePrecision */
  guint32               microsecond;
  gint32                utc_offset;     /* seconds east of UTC, EXACT only */
} BriefingDate;

GType         briefing_date_get_type        (void) G_GNUC_CONST;
BriefingDate *briefing_date_copy            (const BriefingDate    *date);
void          briefing_date_free            (BriefingDate          *date);

gboolean      briefing_date_parse           (const char            *text,
                                             BriefingDate          *date,
                                             GError               **error);
gboolean      briefing_date_parse_date_time (const char            *text,
                                             BriefingDate          *date,
                                             GError               **error);
char         *briefing_date_to_string       (const BriefingDate    *date);
BriefingDate  briefing_date_coarsen         (const BriefingDate    *date,
                                             BriefingDatePrecision  precision);
gint64        briefing_date_to_unix         (const BriefingDate    *date);
GDateTime    *briefing_date_to_date_time    (const BriefingDate    *date);
BriefingDate  briefing_date_from_date_time  (GDateTime             *date_time);
int           briefing_date_compare         (const BriefingDate    *a,
                                             const BriefingDate    *b);
gboolean      briefing_date_equal           (const BriefingDate    *a,
                                             const BriefingDate    *b);
gboolean      briefing_date_is_set          (const BriefingDate    *date);

gboolean      briefing_duration_parse       (const char            *text,
                                             gint64                *seconds,
                                             GError               **error);
char         *briefing_duration_to_string   (gint64                 seconds);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingDate, briefing_date_free)

G_END_DECLS
