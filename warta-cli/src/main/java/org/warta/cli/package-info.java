/**
 * The {@code warta} command. Front door: {@link org.warta.cli.Warta}; one class per subcommand
 * ({@code extract}, {@code eval ...}).
 */
package org.warta.cli;
