import { expect, test } from "@playwright/test";

const publicPaths = ["/", "/berattelser", "/beratta", "/api/v1/stories", "/api/v1/tags", "/kvitto/finns-inte", "/kvitto/raderad", "/integritet", "/mod/logga-in"];

test("[visitor] public pages set no cookie and send the privacy and security headers", async ({ request }) => {
  for (const path of publicPaths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    const headers = response.headers();
    expect(headers["set-cookie"], `${path} sets a cookie`).toBeUndefined();
    expect(headers["referrer-policy"], path).toBe("no-referrer");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("[reader] a story page sends no cookie either", async ({ request }) => {
  const { stories } = (await (await request.get("/api/v1/stories")).json()) as { stories: { id: string }[] };
  const response = await request.get(`/berattelser/${stories[0].id}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["set-cookie"]).toBeUndefined();
  expect(response.headers()["referrer-policy"]).toBe("no-referrer");
});
