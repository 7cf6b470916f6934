import { Link, Outlet } from "@tanstack/react-router";
import { LiveStatus } from "./LiveStatus.js";

const pages = [
  { to: "/", label: "Overview" },
  { to: "/indicators", label: "Indicators" },
  { to: "/partnerships", label: "Partnerships" },
  { to: "/entities", label: "Entities" },
  { to: "/themes", label: "Themes" },
  { to: "/articles", label: "Articles" },
  { to: "/search", label: "Search" },
  { to: "/sql", label: "SQL" },
  { to: "/corrections", label: "Corrections" },
  { to: "/changes", label: "Changes" },
  { to: "/coverage", label: "Coverage" },
  { to: "/feeds", label: "Feeds" },
  { to: "/upload", label: "Upload" },
] as const;

export function AppLayout() {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Chancery
        </Link>
        <nav aria-label="Pages">
          <ul className="nav-list">
            {pages.map((page) => (
              <li key={page.to}>
                <Link
                  to={page.to}
                  activeOptions={{ exact: page.to === "/", includeSearch: false }}
                  activeProps={{ "aria-current": "page", className: "active" }}
                >
                  {page.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LiveStatus />
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
