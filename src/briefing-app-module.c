/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-main"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <gmodule.h>

#include "briefing-app-module.h"

/* Where the module may be, in this order: beside the executable (the build tree); where the
 * installation put it relative to the executable (an installation moved elsewhere, or staged with
 * DESTDIR); where the installation put it. */
static GPtrArray *
candidate_paths (void)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  if (self != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self);

      g_ptr_array_add (paths, g_build_filename (dir, BRIEFING_APP_MODULE_FILE, NULL));
      if (BRIEFING_MODULE_RELATIVE_DIR[0] != '\0')
        {
          g_autofree char *relative = g_build_filename (BRIEFING_MODULE_RELATIVE_DIR,
                                                        BRIEFING_APP_MODULE_FILE, NULL);

          g_ptr_array_add (paths, g_canonicalize_filename (relative, dir));
        }
    }
  g_ptr_array_add (paths, g_build_filename (BRIEFING_MODULE_DIR, BRIEFING_APP_MODULE_FILE, NULL));
  return paths;
}

static GModule *
open_module (GError **error)
{
  g_autoptr(GPtrArray) paths = candidate_paths ();
  g_autoptr(GString) tried = g_string_new (NULL);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = paths->pdata[i];
      GModule *module;

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_string_append_printf (tried, "%s%s", tried->len > 0 ? ", " : "", path);
          continue;
        }

      module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
      if (module == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       /* Translators: %s is the reason the system gives, which names the file */
                       _("Could not load Briefing’s application module: %s"), g_module_error ());
          return NULL;
        }
      g_module_make_resident (module);
      return module;
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               /* Translators: %s lists the places looked in */
               _("Briefing’s application module is not installed (looked for %s)"), tried->str);
  return NULL;
}

gpointer
briefing_app_module_symbol (const char  *name,
                            GError     **error)
{
  static GModule *module;
  gpointer symbol = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (module == NULL && (module = open_module (error)) == NULL)
    return NULL;

  if (!g_module_symbol (module, name, &symbol) || symbol == NULL)
    {
      /* A module from another version of Briefing: GModule's message names the symbol and file. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not load Briefing’s application module: %s"), g_module_error ());
      return NULL;
    }

  return symbol;
}
