/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-preinit"

/* GLib before 2.76 keeps freed GSlice blocks for reuse and never gives them back: after reading a
 * 100 MB bundle, the freed JSON tree kept about 170 MB resident. G_SLICE=always-malloc lets
 * malloc() have them back, but GLib reads its configuration before main() runs (its own
 * constructors already allocate), so setting the variable in main() is too late. A function in
 * the executable's .preinit_array runs before any shared library's constructor: there GSlice can
 * still be configured. Linked into the briefing executable and the benchmarks. */

#include "config.h"

#include <glib.h>

#if !GLIB_CHECK_VERSION (2, 76, 0) && defined(__ELF__)
static void
use_malloc_for_slices (int    argc,
                       char **argv,
                       char **envp)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_slice_set_config (G_SLICE_CONFIG_ALWAYS_MALLOC, TRUE);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

__attribute__ ((section (".preinit_array"), used))
static void (*const briefing_preinit) (int, char **, char **) = use_malloc_for_slices;
#endif
