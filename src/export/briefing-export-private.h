/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the writers of the formats for machines share (briefing-export*.c). */
#pragma once

#include "briefing-export.h"

G_BEGIN_DECLS

/* " [1, 2]": the references after a statement to the numbered Sources; "" when there are none. */
char *briefing_export_format_sources (GArray *sources);

G_END_DECLS
