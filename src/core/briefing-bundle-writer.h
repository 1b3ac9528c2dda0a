/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes a BriefingBundle as a version 1 bundle document. What the reader accepts, the writer writes
 * back without loss. Files are replaced atomically. */
#pragma once

#include <gio/gio.h>

#include "briefing-bundle.h"

G_BEGIN_DECLS

char     *briefing_bundle_to_data      (BriefingBundle *bundle,
                                        gsize          *length);
gboolean  briefing_bundle_save_to_file (BriefingBundle *bundle,
                                        const char     *path,
                                        GError        **error);

G_END_DECLS
